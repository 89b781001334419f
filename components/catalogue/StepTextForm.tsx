"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormField } from "@/components/form/FormField";
import { SaveOutcome } from "@/components/form/SaveOutcome";
import { StepCard } from "@/components/packet/StepCard";
import { STEP_TEXT_LIMITS, type TStepTextInput } from "@/lib/catalogue/schemas";
import { saveStepTextAction, type TStepTextFormState } from "@/lib/catalogue/step-text-actions";

type TStepTextFormProps = { stepId: string; language: string; initialValues: TStepTextInput };

const SHORT_FIELDS = ["whereName", "whereAddress", "whereHours", "wherePhone", "whereUrl", "sourceUrl"] as const;

export function StepTextForm({ stepId, language, initialValues }: TStepTextFormProps) {
  const t = useTranslations("catalogue");
  const [state, formAction, isPending] = useActionState<TStepTextFormState, FormData>(saveStepTextAction, null);
  const [values, setValues] = useState<TStepTextInput>(initialValues);
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  const onChange = (field: keyof TStepTextInput) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const limitOf = (name: keyof TStepTextInput) => (Object.hasOwn(STEP_TEXT_LIMITS, name) ? STEP_TEXT_LIMITS[name as keyof typeof STEP_TEXT_LIMITS] : undefined);
  const field = (name: keyof TStepTextInput, input: (describedBy: string | undefined) => React.ReactNode) => (
    <FormField key={name} id={name} label={t(`fields.${name}`)} error={fieldErrors[name]} maxLength={limitOf(name)}>
      {input}
    </FormField>
  );
  const inputProps = (name: keyof TStepTextInput) => (describedBy: string | undefined) => ({
    id: name,
    name,
    value: values[name] ?? "",
    maxLength: limitOf(name),
    onChange: onChange(name),
    "aria-invalid": fieldErrors[name] ? true : undefined,
    "aria-describedby": describedBy,
  });

  return (
    <div className="row">
      <form action={formAction} className="step-text-form col-12 col-lg-7" noValidate>
        <input type="hidden" name="stepId" value={stepId} />
        <input type="hidden" name="language" value={language} />
        <SaveOutcome state={state} savedText={t("saved")} />
        {field("title", (describedBy) => (
          <input className="form-input" type="text" required {...inputProps("title")(describedBy)} />
        ))}
        {field("body", (describedBy) => (
          <textarea className="form-input" rows={8} required {...inputProps("body")(describedBy)} />
        ))}
        {SHORT_FIELDS.map((name) =>
          field(name, (describedBy) => <input className="form-input" type={name.endsWith("Url") ? "url" : "text"} {...inputProps(name)(describedBy)} />),
        )}
        {field("checkedOn", (describedBy) => (
          <input className="form-input" type="date" required {...inputProps("checkedOn")(describedBy)} />
        ))}
        <button type="submit" className="button button-primary" disabled={isPending}>
          {isPending ? t("saving") : t("save")}
        </button>
      </form>
      <aside className="col-12 col-lg-5" aria-labelledby="preview-heading">
        <h2 id="preview-heading">{t("preview")}</h2>
        <div className="step-preview">
          <StepCard
            headingLevel={3}
            title={values.title || "…"}
            body={values.body || "…"}
            where={values}
            sourceUrl={values.sourceUrl || null}
            labels={{ where: t("previewWhere"), readMore: t("previewReadMore") }}
          />
        </div>
      </aside>
    </div>
  );
}
