"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { RadioGroup } from "@/components/form/RadioGroup";
import { Alert } from "@/components/ui/Alert";
import { PACKET_LANGUAGES } from "@/lib/i18n/languages";
import { saveOfficeAction, type TOfficeState } from "@/lib/municipalities/office-actions";
import { OFFICE_LIMITS, type TOfficeInput, WEEKDAYS } from "@/lib/municipalities/office-schema";
import { settingsFieldsOf } from "./SettingsTextField";

/** An office: name, address, phone, e-mail and opening hours per packet language. */
export function OfficeForm({
  officeId,
  initialValues,
  languageNames,
}: {
  officeId: string | null;
  initialValues: TOfficeInput;
  languageNames: Record<string, string>;
}) {
  const t = useTranslations("offices");
  const locale = useLocale();
  // Monday first; 5 January 2026 was a Monday.
  const weekdays = WEEKDAYS.map((day) => new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2026, 0, 5 + day))));
  const common = useTranslations("letterhead");
  const [state, formAction, isPending] = useActionState<TOfficeState, FormData>(saveOfficeAction, null);
  const refusal = state && !state.ok ? state : null;
  const values = refusal?.values ?? initialValues;
  const errors = refusal?.fieldErrors ?? {};
  const field = settingsFieldsOf<keyof TOfficeInput>(values, errors, common("optional"));
  return (
    <form action={formAction} className="office-form" noValidate>
      {officeId ? <input type="hidden" name="officeId" value={officeId} /> : null}
      <div aria-live="assertive">
        {refusal?.message ? (
          <Alert variant="error" role="alert">
            <p className="alert-text">{refusal.message}</p>
          </Alert>
        ) : null}
      </div>
      <RadioGroup
        name="kind"
        legend={t("kind")}
        options={[
          { value: "LOCAL", label: t("kindLocal") },
          { value: "NATIONAL", label: t("kindNational") },
        ]}
        defaultValue={values.kind === "NATIONAL" ? "NATIONAL" : "LOCAL"}
      />
      {field("name", t("name"), { max: OFFICE_LIMITS.name })}
      {field("addressLine", t("addressLine"), { max: OFFICE_LIMITS.addressLine })}
      {field("postalCode", t("postalCode"), { max: 4, width: "input-width-xs" })}
      {field("city", t("city"), { max: OFFICE_LIMITS.city })}
      {field("phone", t("phone"), { max: OFFICE_LIMITS.phone, type: "tel", optional: true })}
      {field("email", t("email"), { max: OFFICE_LIMITS.email, type: "email", optional: true })}
      {field("website", t("website"), { max: OFFICE_LIMITS.website, type: "url", optional: true })}
      <fieldset className="office-hours">
        <legend className="form-label">{t("weeklyHours")}</legend>
        <span className="form-hint">{t("weeklyHoursHint")}</span>
        {WEEKDAYS.map((day) => (
          <div className="form-inline-fields" key={day}>
            {field(`from_${day}`, t("openFrom", { day: weekdays[day]! }), { max: 5, type: "time", width: "input-width-s", optional: true })}
            {field(`to_${day}`, t("openTo", { day: weekdays[day]! }), { max: 5, type: "time", width: "input-width-s", optional: true })}
          </div>
        ))}
      </fieldset>
      {PACKET_LANGUAGES.map((language) =>
        field(`hours_${language}`, t("hours", { language: languageNames[language] ?? language }), {
          max: OFFICE_LIMITS.hours,
          optional: true,
          hint: t("hoursHint"),
        }),
      )}
      <button type="submit" className="button button-primary" disabled={isPending}>
        {isPending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
