"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { InputField } from "@/components/form/InputField";
import { SaveOutcome } from "@/components/form/SaveOutcome";
import { NOT_REACHED_DAYS_RANGE, type TWorkListSettings } from "@/lib/worklist/work-list-settings";
import { saveWorkListSettingsAction, type TWorkListSettingsState } from "@/lib/worklist/work-list-settings-actions";

/** When the caseworkers' work list counts a household as not reached (works without JavaScript too). */
export function WorkListSettingsForm({ current }: { current: TWorkListSettings }) {
  const t = useTranslations("workListSettings");
  const [state, formAction, isPending] = useActionState<TWorkListSettingsState, FormData>(saveWorkListSettingsAction, null);
  return (
    <section aria-labelledby="work-list-settings" className="settings-work-list">
      <h2 id="work-list-settings">{t("title")}</h2>
      <SaveOutcome state={state} savedText={t("saved")} />
      <form action={formAction} className="work-list-settings-form" key={JSON.stringify(state)}>
        <InputField
          id="notReachedAfterDays"
          label={t("notReachedAfterDays")}
          hint={t("notReachedHint", NOT_REACHED_DAYS_RANGE)}
          type="number"
          width="input-width-xs"
          {...NOT_REACHED_DAYS_RANGE}
          error={state?.ok === false ? state.fieldErrors.notReachedAfterDays : undefined}
          defaultValue={state?.ok === false ? state.values.notReachedAfterDays : String(current.notReachedAfterDays)}
        />
        <button type="submit" className="button button-primary" disabled={isPending}>
          {t("save")}
        </button>
      </form>
    </section>
  );
}
