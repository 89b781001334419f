"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/form/FormField";
import { SaveOutcome } from "@/components/form/SaveOutcome";
import { addArrivalNoteAction, type TNoteFormState } from "@/lib/notes/note-actions";
import { NOTE_MAX_LENGTH } from "@/lib/notes/note-limits";

/** A new note for the arrival: emptied once saved, what was typed kept when refused. Works without JavaScript. */
export function NoteForm({ arrivalId }: { arrivalId: string }) {
  const t = useTranslations("arrivalNotes");
  const [state, formAction, isPending] = useActionState<TNoteFormState, FormData>(addArrivalNoteAction, null);
  const refusal = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="note-form" noValidate>
      <SaveOutcome state={state} savedText={t("saved")} />
      <input type="hidden" name="arrivalId" value={arrivalId} />
      <FormField id="note-text" label={t("label")} hint={t("hint", { max: NOTE_MAX_LENGTH })} error={refusal?.fieldErrors.text}>
        {(describedBy) => (
          <textarea
            // A saved note starts the field anew; a refusal keeps what was typed.
            key={state?.ok ? state.savedAt : "typing"}
            className="form-input"
            id="note-text"
            name="text"
            rows={3}
            maxLength={NOTE_MAX_LENGTH}
            defaultValue={refusal?.values.text ?? ""}
            aria-describedby={describedBy}
            aria-invalid={refusal?.fieldErrors.text ? true : undefined}
          />
        )}
      </FormField>
      <button type="submit" className="button button-secondary" disabled={isPending}>
        {isPending ? t("saving") : t("submit")}
      </button>
    </form>
  );
}
