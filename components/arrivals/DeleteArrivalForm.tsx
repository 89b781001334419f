"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/form/FormField";
import { deleteArrivalAction, type TDeleteArrivalState } from "@/lib/arrivals/delete-arrival-actions";

/** "Delete this record" after its confirmation: a reason, and a button that names the household. What was typed stays when refused. */
export function DeleteArrivalForm({ arrivalId, name, cancelHref }: { arrivalId: string; name: string; cancelHref: string }) {
  const t = useTranslations("deleteArrival");
  const [state, formAction, isPending] = useActionState<TDeleteArrivalState, FormData>(deleteArrivalAction, null);
  const refusal = state && !state.ok ? state : null;
  const error = refusal?.fieldErrors.reason;
  return (
    <form action={formAction} className="delete-arrival-form" noValidate>
      <input type="hidden" name="arrivalId" value={arrivalId} />
      <FormField id="delete-reason" label={t("reason")} hint={t("reasonHint")} error={error} isErrorAnnounced>
        {(describedBy) => (
          <textarea
            className="form-input"
            id="delete-reason"
            name="reason"
            rows={3}
            maxLength={500}
            required
            defaultValue={refusal?.values.reason ?? ""}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
          />
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isPending}>
          {t("confirm", { name })}
        </button>
        <a href={cancelHref} className="button button-tertiary">
          {t("cancel")}
        </a>
      </div>
    </form>
  );
}
