"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/form/FormField";
import { SaveOutcome } from "@/components/form/SaveOutcome";
import { savePublicPageTextAction, type TPublicPageTextFormState } from "@/lib/welcome/public-page-actions";
import { PUBLIC_PAGE_TEXT_LIMITS, type TPublicPageTextInput } from "@/lib/welcome/public-page-blocks";

type TProps = {
  block: string;
  language: string;
  /** The text's writing direction: an Arabic text is typed and read from the right. */
  dir: "ltr" | "rtl";
  initialValues: TPublicPageTextInput;
};

/** One block of the public page in one language. What was typed stays in the form after a refusal. */
export function PublicPageTextForm({ block, language, dir, initialValues }: TProps) {
  const t = useTranslations("publicPageTexts");
  const [state, formAction, isPending] = useActionState<TPublicPageTextFormState, FormData>(savePublicPageTextAction, null);
  const values = state?.values ?? initialValues;
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  // A new key per answer: the inputs show what the answer hands back (uncontrolled, so typing stays the browser's).
  const key = state && "savedAt" in state ? state.savedAt : JSON.stringify(values);
  const inputProps = (name: keyof TPublicPageTextInput, describedBy: string | undefined) => ({
    id: name,
    name,
    defaultValue: values[name],
    maxLength: PUBLIC_PAGE_TEXT_LIMITS[name],
    required: true,
    lang: language,
    dir,
    className: "form-input",
    "aria-invalid": fieldErrors[name] ? true : undefined,
    "aria-describedby": describedBy,
  });
  return (
    <form action={formAction} className="public-page-text-form" noValidate key={key}>
      <input type="hidden" name="block" value={block} />
      <input type="hidden" name="language" value={language} />
      <SaveOutcome state={state} savedText={t("saved")} />
      <FormField id="title" label={t("fields.title")} error={fieldErrors.title} maxLength={PUBLIC_PAGE_TEXT_LIMITS.title}>
        {(describedBy) => <input type="text" {...inputProps("title", describedBy)} />}
      </FormField>
      <FormField id="body" label={t("fields.body")} hint={t("bodyHint")} error={fieldErrors.body} maxLength={PUBLIC_PAGE_TEXT_LIMITS.body}>
        {(describedBy) => <textarea rows={10} {...inputProps("body", describedBy)} />}
      </FormField>
      <button type="submit" className="button button-primary" disabled={isPending}>
        {isPending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
