import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/Alert";
import { LEAD_DAYS_RANGE, REMINDABLE_STEP_KEYS, type TRemindableStepKey } from "@/lib/reminders/plan-reminders";
import { saveReminderLeadDaysAction } from "@/lib/reminders/reminder-days-actions";

type TReminderDaysFormProps = {
  current: Record<TRemindableStepKey, number>;
  /** What came back from the last save: its outcome and, when refused, what was typed. */
  returned: { outcome?: string; typed: Partial<Record<string, string>> };
};

/** How many days before each kind of deadline newcomers who asked for reminders are e-mailed. A plain form. */
export async function ReminderDaysForm({ current, returned }: TReminderDaysFormProps) {
  const [t, steps] = await Promise.all([getTranslations("reminderDays"), getTranslations("statistics.steps")]);
  const isRefused = returned.outcome === "out-of-range";
  return (
    <section aria-labelledby="reminder-days" className="settings-reminder-days">
      <h2 id="reminder-days">{t("title")}</h2>
      {returned.outcome === "saved" ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{t("saved")}</p>
        </Alert>
      ) : null}
      {isRefused ? (
        <Alert variant="error" role="alert">
          <p className="alert-text">{t("outOfRange", LEAD_DAYS_RANGE)}</p>
        </Alert>
      ) : null}
      <p>{t("intro")}</p>
      <form action={saveReminderLeadDaysAction} className="reminder-days-form" key={isRefused ? "typed" : Object.values(current).join(",")}>
        {REMINDABLE_STEP_KEYS.map((key) => (
          <div className="form-group" key={key}>
            <label className="form-label" htmlFor={`lead-${key}`}>
              {t("daysBefore", { step: steps(key) })}
            </label>
            <input
              className="form-input input-width-xs"
              id={`lead-${key}`}
              name={key}
              type="number"
              min={LEAD_DAYS_RANGE.min}
              max={LEAD_DAYS_RANGE.max}
              defaultValue={isRefused ? (returned.typed[key] ?? "") : String(current[key])}
            />
          </div>
        ))}
        <button type="submit" className="button button-primary">
          {t("save")}
        </button>
      </form>
    </section>
  );
}
