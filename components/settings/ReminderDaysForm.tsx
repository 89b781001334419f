"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { InputField } from "@/components/form/InputField";
import { SaveOutcome } from "@/components/form/SaveOutcome";
import { LEAD_DAYS_RANGE, REMINDABLE_STEP_KEYS, type TRemindableStepKey } from "@/lib/reminders/plan-reminders";
import { saveReminderLeadDaysAction, type TReminderDaysState } from "@/lib/reminders/reminder-days-actions";

type TReminderDaysFormProps = {
  current: Record<TRemindableStepKey, number>;
  /** Each kind of step's name, as the statistics name it. */
  stepNames: Record<TRemindableStepKey, string>;
};

/** How many days before each kind of deadline newcomers who asked for reminders are e-mailed (works without JavaScript too). */
export function ReminderDaysForm({ current, stepNames }: TReminderDaysFormProps) {
  const t = useTranslations("reminderDays");
  const [state, formAction, isPending] = useActionState<TReminderDaysState, FormData>(saveReminderLeadDaysAction, null);
  return (
    <section aria-labelledby="reminder-days" className="settings-reminder-days">
      <h2 id="reminder-days">{t("title")}</h2>
      <SaveOutcome state={state} savedText={t("saved")} />
      <p>{t("intro")}</p>
      {/* A new key after each answer: the fields show what the server handed back. */}
      <form action={formAction} className="reminder-days-form" key={JSON.stringify(state)}>
        {REMINDABLE_STEP_KEYS.map((key) => (
          <InputField
            key={key}
            id={`lead-${key}`}
            name={key}
            label={t("daysBefore", { step: stepNames[key] })}
            type="number"
            width="input-width-xs"
            {...LEAD_DAYS_RANGE}
            defaultValue={state?.values[key] ?? String(current[key])}
          />
        ))}
        <button type="submit" className="button button-primary" disabled={isPending}>
          {t("save")}
        </button>
      </form>
    </section>
  );
}
