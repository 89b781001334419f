import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/Alert";
import { saveKeepingAction } from "@/lib/municipalities/keeping-actions";
import { LINK_VALIDITY_MONTHS, RETENTION_MONTHS } from "@/lib/municipalities/keeping-settings";

type TKeepingFormProps = {
  current: { linkValidityMonths: number; retentionMonths: number };
  /** What came back from the last save: its outcome and what was typed. */
  returned: { outcome?: string; linkValidityMonths?: string; retentionMonths?: string };
};

/** The periods, as a plain form (works without JavaScript); a shorter retention is confirmed on a second submit. */
export async function KeepingForm({ current, returned }: TKeepingFormProps) {
  const t = await getTranslations("periods");
  const isConfirming = returned.outcome === "confirm-shorter";
  const typed = (name: "linkValidityMonths" | "retentionMonths") =>
    (returned.outcome && returned.outcome !== "saved" ? returned[name] : undefined) ?? String(current[name]);
  const retentionTyped = typed("retentionMonths");
  return (
    <section aria-labelledby="periods" className="settings-periods">
      <h2 id="periods">{t("title")}</h2>
      {returned.outcome === "saved" ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{t("saved")}</p>
        </Alert>
      ) : null}
      {returned.outcome === "out-of-range" ? (
        <Alert variant="error" role="alert">
          <p className="alert-text">{t("outOfRange")}</p>
        </Alert>
      ) : null}
      <form action={saveKeepingAction} className="keeping-form">
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
        {isConfirming ? (
          <Alert variant="warning" role="alert">
            <p className="alert-text">{t("shorterWarning", { from: current.retentionMonths, to: retentionTyped })}</p>
            <div className="form-group-checkbox">
              <input className="form-checkbox" type="checkbox" id="confirmShorter" name="confirmShorter" value="yes" />
              <label htmlFor="confirmShorter">{t("confirmShorter", { to: retentionTyped })}</label>
            </div>
          </Alert>
        ) : null}
        <button type="submit" className="button button-primary">
          {t("save")}
        </button>
      </form>
    </section>
  );
}
