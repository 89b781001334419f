import { Alert } from "@/components/ui/Alert";

/** What a settings form's last save came to, announced politely: the saved note, or the form's error. */
export function SaveOutcome({ state, savedText }: { state: { ok: true } | { ok: false; message?: string | null } | null; savedText: string }) {
  return (
    <div aria-live="polite">
      {state?.ok ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{savedText}</p>
        </Alert>
      ) : null}
      {state && !state.ok && state.message ? (
        <Alert variant="error" role="alert">
          <p className="alert-text">{state.message}</p>
        </Alert>
      ) : null}
    </div>
  );
}
