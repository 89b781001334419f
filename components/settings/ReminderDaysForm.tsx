"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { InputField } from "@/components/form/InputField";
import { SaveOutcome } from "@/components/form/SaveOutcome";
import { LEAD_DAYS_RANGE } from "@/lib/reminders/plan-reminders";
import { saveReminderLeadDaysAction, type TReminderDaysState } from "@/lib/reminders/reminder-days-actions";
import type { TReminderLeadDaysRow } from "@/lib/reminders/reminder-lead-days";

type TReminderDaysFormProps = {
  /** The municipality's steps with a deadline, titled in the administrator's language, with their days now. */
  steps: TReminderLeadDaysRow[];
};

/** How many days before each kind of deadline newcomers who asked for reminders are e-mailed (works without JavaScript too). */
export function ReminderDaysForm({ steps }: TReminderDaysFormProps) {
  const t = useTranslations("reminderDays");
  const [state, formAction, isPending] = useActionState<TReminderDaysState, FormData>(saveReminderLeadDaysAction, null);
  return (
    <section aria-labelledby="reminder-days" className="settings-reminder-days">
      <h2 id="reminder-days">{t("title")}</h2>
      <SaveOutcome state={state} savedText={t("saved")} />
      <p>{t("intro")}</p>
      {/* A new key after each answer: the fields show what the server handed back. */}
      <form action={formAction} className="reminder-days-form" key={JSON.stringify(state)}>
        {steps.map((step) => (
          <InputField
            key={step.key}
            id={`lead-${step.key}`}
            name={step.key}
            label={t("daysBefore", { step: step.title })}
            type="number"
            width="input-width-xs"
            {...LEAD_DAYS_RANGE}
            defaultValue={state?.values[step.key] ?? String(step.days)}
          />
        ))}
        <button type="submit" className="button button-primary" disabled={isPending}>
          {t("save")}
        </button>
      </form>
    </section>
  );
}
