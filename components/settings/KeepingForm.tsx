"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/Alert";
import { saveKeepingAction, type TKeepingState } from "@/lib/municipalities/keeping-actions";
import { LINK_VALIDITY_MONTHS, RETENTION_MONTHS } from "@/lib/municipalities/keeping-limits";

type TKeepingFormProps = { current: { linkValidityMonths: number; retentionMonths: number } };

/** The periods (works without JavaScript too); a shorter retention is confirmed on a second submit. */
export function KeepingForm({ current }: TKeepingFormProps) {
  const t = useTranslations("periods");
  const [state, formAction, isPending] = useActionState<TKeepingState, FormData>(saveKeepingAction, null);
  const refusal = state && !state.ok ? state : null;
  const typed = (name: "linkValidityMonths" | "retentionMonths") => state?.values[name] ?? String(current[name]);
  const retentionTyped = typed("retentionMonths");
  return (
    <section aria-labelledby="periods" className="settings-periods">
      <h2 id="periods">{t("title")}</h2>
      <div aria-live="polite">
        {state?.ok ? (
          <Alert variant="success" role="status">
            <p className="alert-text">{t("saved")}</p>
          </Alert>
        ) : null}
        {refusal?.message ? (
          <Alert variant="error" role="alert">
            <p className="alert-text">{refusal.message}</p>
          </Alert>
        ) : null}
      </div>
      {/* A new key after each answer: the fields show what the server handed back. */}
      <form action={formAction} className="keeping-form" key={JSON.stringify(state)}>
        <div className="form-group">
          <label className="form-label" htmlFor="linkValidityMonths">
            {t("linkValidity")}
          </label>
          <span className="form-hint" id="linkValidityMonths-hint">
            {t("linkValidityHint", LINK_VALIDITY_MONTHS)}
          </span>
          <input
            className="form-input input-width-xs"
            id="linkValidityMonths"
            name="linkValidityMonths"
            type="number"
            min={LINK_VALIDITY_MONTHS.min}
            max={LINK_VALIDITY_MONTHS.max}
            defaultValue={typed("linkValidityMonths")}
            aria-describedby="linkValidityMonths-hint"
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="retentionMonths">
            {t("retention")}
          </label>
          <span className="form-hint" id="retentionMonths-hint">
            {t("retentionHint", RETENTION_MONTHS)}
          </span>
          <input
            className="form-input input-width-xs"
            id="retentionMonths"
            name="retentionMonths"
            type="number"
            min={RETENTION_MONTHS.min}
            max={RETENTION_MONTHS.max}
            defaultValue={retentionTyped}
            aria-describedby="retentionMonths-hint"
          />
        </div>
        {refusal?.needsConfirmation ? (
          <Alert variant="warning" role="alert">
            <p className="alert-text">{t("shorterWarning", { from: current.retentionMonths, to: retentionTyped })}</p>
            <div className="form-group-checkbox">
              <input className="form-checkbox" type="checkbox" id="confirmShorter" name="confirmShorter" value="yes" />
              <label htmlFor="confirmShorter">{t("confirmShorter", { to: retentionTyped })}</label>
            </div>
          </Alert>
        ) : null}
        <button type="submit" className="button button-primary" disabled={isPending}>
          {t("save")}
        </button>
      </form>
    </section>
  );
}
