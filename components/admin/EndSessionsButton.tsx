"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { endUserSessionsAction, type TEndSessionsState } from "@/lib/auth/session-actions";

/** "Sign out everywhere" for one user; the outcome is announced next to the button. */
export function EndSessionsButton({ userId, userName }: { userId: string; userName: string }) {
  const t = useTranslations("admin");
  const [state, formAction, isPending] = useActionState<TEndSessionsState, FormData>(endUserSessionsAction, null);
  return (
    <form action={formAction} className="end-sessions-form">
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" className="button button-secondary button-small" disabled={isPending} aria-label={t("endSessionsOf", { name: userName })}>
        {t("endSessions")}
      </button>
      <span role="status" className={state && !state.ok ? "form-error-message" : undefined}>
        {state?.message}
      </span>
    </form>
  );
}
