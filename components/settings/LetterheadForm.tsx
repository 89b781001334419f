"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SaveOutcome } from "@/components/form/SaveOutcome";
import { PACKET_LANGUAGES } from "@/lib/i18n/languages";
import { saveLetterheadAction, type TLetterheadState } from "@/lib/municipalities/letterhead-actions";
import { LETTERHEAD_LIMITS, type TLetterheadInput } from "@/lib/municipalities/letterhead-schema";
import { settingsFieldsOf } from "./SettingsTextField";

type TField = keyof TLetterheadInput;

/** The municipality's letterhead, contact and signatory; what was typed stays when a field is refused. */
export function LetterheadForm({ initialValues, languageNames }: { initialValues: TLetterheadInput; languageNames: Record<string, string> }) {
  const t = useTranslations("letterhead");
  const [state, formAction, isPending] = useActionState<TLetterheadState, FormData>(saveLetterheadAction, null);
  const values = state?.values ?? initialValues;
  const errors = state && !state.ok ? state.fieldErrors : {};
  const field = settingsFieldsOf<TField>(values, errors, t("optional"));
  return (
    <form action={formAction} className="letterhead-form" noValidate>
      <SaveOutcome state={state} savedText={t("saved")} />
      {field("letterName", t("letterName"), { max: LETTERHEAD_LIMITS.letterName, hint: t("letterNameHint") })}
      {field("addressLine", t("addressLine"), { max: LETTERHEAD_LIMITS.addressLine })}
      {field("postalCode", t("postalCode"), { max: 4, width: "input-width-xs" })}
      {field("city", t("city"), { max: LETTERHEAD_LIMITS.city })}
      {field("phone", t("phone"), { max: LETTERHEAD_LIMITS.phone, type: "tel", optional: true })}
      {field("email", t("email"), { max: LETTERHEAD_LIMITS.email, type: "email", optional: true })}
      {field("website", t("website"), { max: LETTERHEAD_LIMITS.website, type: "url", optional: true })}
      <fieldset>
        <legend className="h3">{t("signatory")}</legend>
        {field("signatoryName", t("signatoryName"), { max: LETTERHEAD_LIMITS.signatoryName, optional: true })}
        {PACKET_LANGUAGES.map((language) =>
          field(`signatoryTitle_${language}`, t("signatoryTitle", { language: languageNames[language] ?? language }), {
            max: LETTERHEAD_LIMITS.signatoryTitle,
            optional: true,
          }),
        )}
      </fieldset>
      <button type="submit" className="button button-primary" disabled={isPending}>
        {isPending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
