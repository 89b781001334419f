"use client";

import { useTranslations } from "next-intl";
import { InputField } from "@/components/form/InputField";
import { RadioGroup } from "@/components/form/RadioGroup";
import { SelectField } from "@/components/form/SelectField";
import { RESIDENCE_BASES } from "@/lib/arrivals/residence-basis";
import type { TRuleFormValues } from "@/lib/catalogue/step-settings-form";
import { RULE_SUBJECTS } from "@/lib/steps/step-definition";

type TProps = {
  index: number;
  values: TRuleFormValues;
  /** What is wrong with this rule, in the administrator's language. */
  errors: string[];
  /** Absent for a step's only rule: a step has at least one. */
  onRemove?: () => void;
};

const TRI = ["any", "yes", "no"] as const;

/** One rule of a step: whom it is about and the conditions that must all hold. Posted as `rules.<index>.<field>`. */
export function RuleFieldset({ index, values, errors, onRemove }: TProps) {
  const t = useTranslations("stepRules.form");
  const basis = useTranslations("residenceBasis");
  const name = (field: string) => `rules.${index}.${field}`;
  const id = (field: string) => `rule-${index}-${field}`;
  const tri = (field: "spouseSeekingWork" | "employerOrSchool" | "cprRecorded") => (
    <SelectField
      id={id(field)}
      name={name(field)}
      label={t(`conditions.${field}`)}
      options={TRI.map((value) => ({ value, label: t(`tri.${value}`) }))}
      defaultValue={values[field]}
    />
  );
  return (
    <fieldset className={`step-rule${errors.length > 0 ? " form-error" : ""}`}>
      <legend className="h3">{t("ruleLegend", { number: index + 1 })}</legend>
      {errors.map((error) => (
        <p className="form-error-message" key={error}>
          {error}
        </p>
      ))}
      <RadioGroup
        name={name("subject")}
        legend={t("subjectLegend")}
        options={RULE_SUBJECTS.map((subject) => ({ value: subject, label: t(`subjects.${subject}`) }))}
        defaultValue={values.subject as (typeof RULE_SUBJECTS)[number]}
      />
      <fieldset className="form-group">
        <legend className="form-label">{t("basesLegend")}</legend>
        <span className="form-hint">{t("basesHint")}</span>
        {RESIDENCE_BASES.map((option) => (
          <div className="form-group-checkbox" key={option}>
            <input
              className="form-checkbox"
              type="checkbox"
              id={id(`basis-${option}`)}
              name={name("bases")}
              value={option}
              defaultChecked={values.bases.includes(option)}
            />
            <label htmlFor={id(`basis-${option}`)}>{basis(option)}</label>
          </div>
        ))}
      </fieldset>
      <fieldset className="form-group">
        <legend className="form-label">{t("ageLegend")}</legend>
        <span className="form-hint">{t("ageHint")}</span>
        <div className="form-inline-fields">
          <InputField
            id={id("ageFrom")}
            name={name("ageFrom")}
            label={t("from")}
            type="number"
            min={0}
            max={1200}
            width="input-width-xs"
            defaultValue={values.ageFrom}
          />
          <InputField
            id={id("ageTo")}
            name={name("ageTo")}
            label={t("to")}
            type="number"
            min={0}
            max={1200}
            width="input-width-xs"
            defaultValue={values.ageTo}
          />
          <SelectField
            id={id("ageUnit")}
            name={name("ageUnit")}
            label={t("unit")}
            options={(["years", "months"] as const).map((unit) => ({ value: unit, label: t(`units.${unit}`) }))}
            defaultValue={values.ageUnit}
          />
          <SelectField
            id={id("ageAt")}
            name={name("ageAt")}
            label={t("ageAt")}
            options={(["arrival", "today"] as const).map((at) => ({ value: at, label: t(`ageAtOptions.${at}`) }))}
            defaultValue={values.ageAt}
          />
        </div>
      </fieldset>
      <fieldset className="form-group">
        <legend className="form-label">{t("stayLegend")}</legend>
        <span className="form-hint">{t("stayHint")}</span>
        <div className="form-inline-fields">
          <InputField
            id={id("stayMin")}
            name={name("stayMin")}
            label={t("stayMin")}
            type="number"
            min={0}
            max={1200}
            width="input-width-xs"
            defaultValue={values.stayMin}
          />
          <InputField
            id={id("stayMax")}
            name={name("stayMax")}
            label={t("stayMax")}
            type="number"
            min={0}
            max={1200}
            width="input-width-xs"
            defaultValue={values.stayMax}
          />
        </div>
        <div className="form-group-checkbox">
          <input className="form-checkbox" type="checkbox" id={id("stayUnknown")} name={name("stayUnknown")} value="yes" defaultChecked={values.stayUnknown} />
          <label htmlFor={id("stayUnknown")}>{t("stayUnknown")}</label>
        </div>
      </fieldset>
      {tri("spouseSeekingWork")}
      {tri("employerOrSchool")}
      {tri("cprRecorded")}
      <SelectField
        id={id("schoolStart")}
        name={name("schoolStart")}
        label={t("conditions.schoolStart")}
        options={(["any", "notYetAtArrival", "withinYearOfArrival"] as const).map((value) => ({ value, label: t(`schoolStartOptions.${value}`) }))}
        defaultValue={values.schoolStart}
      />
      {onRemove ? (
        <button type="button" className="button button-tertiary" onClick={onRemove}>
          {t("removeRule", { number: index + 1 })}
        </button>
      ) : null}
    </fieldset>
  );
}
