"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { eraseArrivalAction, type TEraseFormState } from "@/lib/people/erase-actions";

/** The erasure's second click: the button names the person; what was typed stays when something is wrong. */
export function EraseForm({ arrivalId, name }: { arrivalId: string; name: string }) {
  const t = useTranslations("personData");
  const [state, formAction, isPending] = useActionState<TEraseFormState, FormData>(eraseArrivalAction, null);
  return (
    <form action={formAction} className="erase-form" noValidate>
      <input type="hidden" name="arrivalId" value={arrivalId} />
      <div className={state?.error ? "form-group form-error" : "form-group"}>
        <label className="form-label" htmlFor="reason">
          {t("reason")}
        </label>
        <span className="form-hint" id="reason-hint">
          {t("reasonHint")}
        </span>
        {state?.error ? (
          <span className="form-error-message" id="reason-error" role="alert">
            {state.error}
          </span>
        ) : null}
        <textarea
          className="form-input"
          id="reason"
          name="reason"
          rows={3}
          maxLength={500}
          required
          defaultValue={state?.reason ?? ""}
          aria-describedby={state?.error ? "reason-hint reason-error" : "reason-hint"}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={isPending}>
        {t("eraseConfirm", { name })}
      </button>
    </form>
  );
}
