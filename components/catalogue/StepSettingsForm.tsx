"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { RuleFieldset } from "@/components/catalogue/RuleFieldset";
import { CheckboxField } from "@/components/form/CheckboxField";
import { FormField } from "@/components/form/FormField";
import { InputField } from "@/components/form/InputField";
import { SaveOutcome } from "@/components/form/SaveOutcome";
import { SelectField } from "@/components/form/SelectField";
import { STEP_TEXT_LIMITS } from "@/lib/catalogue/schemas";
import type { TStepSettingsFormState, TStepSettingsValues } from "@/lib/catalogue/step-settings-actions";
import { EMPTY_RULE_VALUES, MAX_RULES, type TRuleFormValues } from "@/lib/catalogue/step-settings-form";
import { STEP_SECTIONS } from "@/lib/steps/step-definition";

type TProps = {
  action: (previous: TStepSettingsFormState, formData: FormData) => Promise<TStepSettingsFormState>;
  initial: TStepSettingsValues;
  /** The step being edited; none: a new step, with its Danish title and text. */
  stepId?: string;
  offices: readonly { id: string; name: string; kind: "LOCAL" | "NATIONAL" }[];
};

const DEADLINE_KINDS = ["none", "afterArrival", "reachesAge", "annualDate"] as const;
const UNITS = { afterArrival: ["days", "weeks", "months"], reachesAge: ["weeks", "months", "years"] } as const;

/** A step's settings: on or off, group and order, place, who gets it (rules) and by when. Rules are added and removed in the browser. */
export function StepSettingsForm({ action, initial, stepId, offices }: TProps) {
  const t = useTranslations("stepRules.form");
  const [state, formAction, isPending] = useActionState<TStepSettingsFormState, FormData>(action, null);
  const values = state?.values ?? initial;
  const errors = state && !state.ok ? state.errors : {};
  return (
    // A new key after each answer: the fields show what the server handed back.
    <form action={formAction} className="step-settings-form" key={JSON.stringify(state)} noValidate>
      <SaveOutcome state={state} savedText={t("saved")} />
      {stepId ? <input type="hidden" name="stepId" value={stepId} /> : null}
      {values.title !== undefined ? (
        <fieldset>
          <legend className="h2">{t("textLegend")}</legend>
          <p className="form-hint">{t("textHint")}</p>
          <InputField
            id="title"
            label={t("title")}
            defaultValue={values.title}
            maxLength={STEP_TEXT_LIMITS.title}
            error={errors.title}
            width="input-width-xl"
          />
          <FormField id="body" label={t("body")} hint={t("bodyHint")} error={errors.body} maxLength={STEP_TEXT_LIMITS.body}>
            {(describedBy) => (
              <textarea
                className="form-input"
                id="body"
                name="body"
                rows={8}
                maxLength={STEP_TEXT_LIMITS.body}
                defaultValue={values.body ?? ""}
                aria-describedby={describedBy}
                aria-invalid={errors.body ? true : undefined}
              />
            )}
          </FormField>
        </fieldset>
      ) : null}
      <fieldset>
        <legend className="h2">{t("packetLegend")}</legend>
        <CheckboxField id="isActive" label={t("isActive")} defaultChecked={values.isActive} />
        <SelectField
          id="section"
          label={t("section")}
          options={STEP_SECTIONS.map((section) => ({ value: section, label: t(`sections.${section}`) }))}
          defaultValue={values.section}
        />
        <InputField
          id="position"
          label={t("position")}
          hint={t("positionHint")}
          type="number"
          min={0}
          max={999}
          width="input-width-xs"
          defaultValue={values.position}
        />
        <SelectField
          id="placeId"
          label={t("place")}
          hint={t("placeHint")}
          emptyOption={t("noPlace")}
          options={offices.map((office) => ({ value: office.id, label: office.kind === "NATIONAL" ? t("nationalPlace", { name: office.name }) : office.name }))}
          defaultValue={values.placeId}
          error={errors.placeId}
        />
      </fieldset>
      <RuleList initial={values.rules} errors={errors} />
      <DeadlineFieldset values={values} error={errors.deadline} />
      <button type="submit" className="button button-primary" disabled={isPending}>
        {t(stepId ? "save" : "add")}
      </button>
    </form>
  );
}

function RuleList({ initial, errors }: { initial: TRuleFormValues[]; errors: Record<string, string> }) {
  const t = useTranslations("stepRules.form");
  const baseId = useId();
  const [rules, setRules] = useState(() => initial.map((values, index) => ({ key: `${baseId}-${index}`, values })));
  const [added, setAdded] = useState(0);
  return (
    <fieldset>
      <legend className="h2">{t("rulesLegend")}</legend>
      <p className="form-hint">{t("rulesHint")}</p>
      {errors.rules ? <p className="form-error-message">{errors.rules}</p> : null}
      <input type="hidden" name="ruleCount" value={rules.length} />
      {rules.map((rule, index) => (
        <RuleFieldset
          key={rule.key}
          index={index}
          values={rule.values}
          errors={Object.entries(errors).flatMap(([path, message]) => (path.startsWith(`rules.${index}.`) || path === `rules.${index}` ? [message] : []))}
          onRemove={rules.length > 1 ? () => setRules((current) => current.filter((other) => other.key !== rule.key)) : undefined}
        />
      ))}
      {rules.length < MAX_RULES ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setRules((current) => [...current, { key: `${baseId}-added-${added}`, values: EMPTY_RULE_VALUES }]);
            setAdded((count) => count + 1);
          }}
        >
          {t("addRule")}
        </button>
      ) : null}
    </fieldset>
  );
}

function DeadlineFieldset({ values, error }: { values: TStepSettingsValues; error?: string }) {
  const t = useTranslations("stepRules.form");
  const [kind, setKind] = useState(values.deadlineKind || "none");
  const units = kind === "afterArrival" || kind === "reachesAge" ? UNITS[kind] : [];
  return (
    <fieldset className={error ? "form-error" : undefined}>
      <legend className="h2">{t("deadlineLegend")}</legend>
      {error ? <p className="form-error-message">{error}</p> : null}
      <SelectField
        id="deadlineKind"
        label={t("deadlineKind")}
        options={DEADLINE_KINDS.map((option) => ({ value: option, label: t(`deadlineKinds.${option}`) }))}
        value={kind}
        onChange={setKind}
      />
      {units.length > 0 ? (
        <div className="form-inline-fields">
          <InputField id="deadlineAmount" label={t("amount")} type="number" min={0} max={1200} width="input-width-xs" defaultValue={values.deadlineAmount} />
          <SelectField
            id="deadlineUnit"
            label={t("unit")}
            options={units.map((unit) => ({ value: unit, label: t(`units.${unit}`) }))}
            defaultValue={(units as readonly string[]).includes(values.deadlineUnit) ? values.deadlineUnit : units[0]}
          />
        </div>
      ) : null}
      {kind === "annualDate" ? (
        <div className="form-inline-fields">
          <InputField id="deadlineDay" label={t("day")} type="number" min={1} max={31} width="input-width-xs" defaultValue={values.deadlineDay} />
          <InputField id="deadlineMonth" label={t("month")} type="number" min={1} max={12} width="input-width-xs" defaultValue={values.deadlineMonth} />
          <InputField
            id="deadlineInYearOfAge"
            label={t("inYearOfAge")}
            hint={t("inYearOfAgeHint")}
            type="number"
            min={0}
            max={100}
            width="input-width-xs"
            defaultValue={values.deadlineInYearOfAge}
          />
        </div>
      ) : null}
      {kind !== "none" ? (
        <InputField
          id="lateNoticeDays"
          label={t("lateNoticeDays")}
          hint={t("lateNoticeDaysHint")}
          type="number"
          min={1}
          max={90}
          width="input-width-xs"
          // A deadline just chosen counts from registration for a late household unless the administrator empties it.
          defaultValue={values.deadlineKind === "none" && values.lateNoticeDays === "" ? "14" : values.lateNoticeDays}
        />
      ) : null}
    </fieldset>
  );
}
