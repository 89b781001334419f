"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/form/FormField";
import { eraseArrivalAction, type TEraseFormState } from "@/lib/people/erase-actions";

/** The erasure's second click: the button names the person; what was typed stays when something is wrong. */
export function EraseForm({ arrivalId, name }: { arrivalId: string; name: string }) {
  const t = useTranslations("personData");
  const [state, formAction, isPending] = useActionState<TEraseFormState, FormData>(eraseArrivalAction, null);
  // An erasure that works moves on to the list; what comes back is a refusal, shown at the reason.
  const refusal = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="erase-form" noValidate>
      <input type="hidden" name="arrivalId" value={arrivalId} />
      <FormField id="reason" label={t("reason")} hint={t("reasonHint")} error={refusal?.message ?? undefined} isErrorAnnounced>
        {(describedBy) => (
          <textarea
            className="form-input"
            id="reason"
            name="reason"
            rows={3}
            maxLength={500}
            required
            defaultValue={refusal?.values.reason ?? ""}
            aria-describedby={describedBy}
            aria-invalid={refusal?.message ? true : undefined}
          />
        )}
      </FormField>
      <button type="submit" className="button button-primary" disabled={isPending}>
        {t("eraseConfirm", { name })}
      </button>
    </form>
  );
}
