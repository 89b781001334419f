"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/form/FormField";
import { RadioGroup } from "@/components/form/RadioGroup";
import { SaveOutcome } from "@/components/form/SaveOutcome";
import { PACKET_LANGUAGES } from "@/lib/i18n/languages";
import { saveLegalSettingsAction, type TLegalSettingsState } from "@/lib/legal/legal-settings-actions";
import { ACCESSIBILITY_COMPLIANCE, LEGAL_SETTINGS_LIMITS, type TLegalSettingsInput } from "@/lib/legal/legal-settings-schema";
import { settingsFieldsOf } from "./SettingsTextField";

type TField = keyof TLegalSettingsInput;

/**
 * The municipality's own parts of its accessibility statement and privacy notice: the rest of both
 * pages is Ankomst's words, in every language the public pages speak. Links to both, to read them as published.
 */
export function LegalPagesForm({
  initialValues,
  languageNames,
  pageLinks,
  periodsTitle,
}: {
  initialValues: TLegalSettingsInput;
  languageNames: Record<string, string>;
  pageLinks: { accessibility: string; privacy: string };
  /** The name of the settings section with the retention periods the privacy notice states. */
  periodsTitle: string;
}) {
  const t = useTranslations("legalSettings");
  const [state, formAction, isPending] = useActionState<TLegalSettingsState, FormData>(saveLegalSettingsAction, null);
  const values = state?.values ?? initialValues;
  const errors = state && !state.ok ? state.fieldErrors : {};
  const field = settingsFieldsOf<TField>(values, errors, t("optional"));
  // A new key per answer: the uncontrolled fields show what the answer hands back.
  const key = state ? JSON.stringify(state.values) : "initial";
  return (
    <form action={formAction} className="legal-settings-form" noValidate key={key}>
      <SaveOutcome state={state} savedText={t("saved")} />
      <fieldset>
        <legend className="h3">{t("accessibilityLegend")}</legend>
        <p className="form-hint">
          <a href={pageLinks.accessibility}>{t("viewAccessibility")}</a>
        </p>
        <RadioGroup
          name="accessibilityCompliance"
          legend={t("compliance")}
          options={ACCESSIBILITY_COMPLIANCE.map((value) => ({ value, label: t(`complianceOptions.${value}`) }))}
          defaultValue={values.accessibilityCompliance}
          error={errors.accessibilityCompliance}
        />
        {field("accessibilityReviewedOn", t("reviewedOn"), { max: 10, optional: true, width: "input-width-s", type: "date" })}
        {field("accessibilityContactEmail", t("contactEmail"), {
          max: LEGAL_SETTINGS_LIMITS.contactEmail,
          type: "email",
          optional: true,
          hint: t("contactEmailHint"),
        })}
        {PACKET_LANGUAGES.map((language) => {
          const name = `accessibilityIssues_${language}` as const;
          return (
            <FormField
              key={name}
              id={name}
              label={t("issues", { language: languageNames[language] ?? language })}
              optionalLabel={t("optional")}
              hint={language === PACKET_LANGUAGES[0] ? t("issuesHint") : undefined}
              error={errors[name]}
              maxLength={LEGAL_SETTINGS_LIMITS.issues}
            >
              {(describedBy) => (
                <textarea
                  className="form-input"
                  id={name}
                  name={name}
                  rows={4}
                  lang={language}
                  dir={language === "ar" ? "rtl" : "ltr"}
                  maxLength={LEGAL_SETTINGS_LIMITS.issues}
                  defaultValue={values[name] ?? ""}
                  aria-describedby={describedBy}
                  aria-invalid={errors[name] ? true : undefined}
                />
              )}
            </FormField>
          );
        })}
      </fieldset>
      <fieldset>
        <legend className="h3">{t("privacyLegend")}</legend>
        <p className="form-hint">
          <a href={pageLinks.privacy}>{t("viewPrivacy")}</a> {t("privacyHint", { periods: periodsTitle })}
        </p>
        {field("dpoName", t("dpoName"), { max: LEGAL_SETTINGS_LIMITS.dpoName, optional: true })}
        {field("dpoEmail", t("dpoEmail"), { max: LEGAL_SETTINGS_LIMITS.dpoEmail, type: "email", optional: true })}
        {field("dpoPhone", t("dpoPhone"), { max: LEGAL_SETTINGS_LIMITS.dpoPhone, type: "tel", optional: true })}
      </fieldset>
      <button type="submit" className="button button-primary" disabled={isPending}>
        {isPending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
