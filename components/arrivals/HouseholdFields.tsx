"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { CheckboxField } from "@/components/form/CheckboxField";
import { TextField } from "@/components/form/TextField";
import { arrivalTextLimit, type TArrivalFormInput, type TFieldErrors } from "@/lib/arrivals/schemas";
import { useArrivalErrorText } from "./use-arrival-error-text";

type TSpouse = NonNullable<TArrivalFormInput["spouse"]>;
export type TChildRow = TArrivalFormInput["children"][number] & { key: string };

type THouseholdFieldsProps = {
  hasSpouse: boolean;
  onHasSpouseChange: (hasSpouse: boolean) => void;
  spouse: TSpouse;
  onSpouseChange: (spouse: TSpouse) => void;
  childRows: TChildRow[];
  onChildRowsChange: (rows: TChildRow[]) => void;
  onChildRemoved: (index: number) => void;
  newChildKey: () => string;
  fieldErrors: TFieldErrors;
};

const NAME_FIELDS = ["givenName", "familyName"] as const;

/** Spouse and children, added and removed in the same form; the spouse's typed values survive unticking. */
export function HouseholdFields(props: THouseholdFieldsProps) {
  const t = useTranslations("arrivalForm");
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const { spouse, childRows, fieldErrors } = props;
  const errorText = useArrivalErrorText(fieldErrors);

  const input = (id: string, label: string, value: string, onChange: (value: string) => void, type: "text" | "date" = "text", optional = false) => (
    <TextField
      key={id}
      id={id}
      label={label}
      type={type}
      value={value}
      onChange={onChange}
      error={errorText(id)}
      optionalLabel={optional ? t("optional") : undefined}
      maxLength={arrivalTextLimit(id)}
    />
  );

  function addChild() {
    const key = props.newChildKey();
    props.onChildRowsChange([...childRows, { key, givenName: "", familyName: "", dateOfBirth: "" }]);
    requestAnimationFrame(() => document.getElementById(`children.${childRows.length}.givenName`)?.focus());
  }

  function removeChild(key: string, index: number) {
    props.onChildRowsChange(childRows.filter((row) => row.key !== key));
    props.onChildRemoved(index);
    requestAnimationFrame(() => addButtonRef.current?.focus());
  }

  const updateChild = (key: string, field: "givenName" | "familyName" | "dateOfBirth") => (value: string) =>
    props.onChildRowsChange(childRows.map((row) => (row.key === key ? { ...row, [field]: value } : row)));

  return (
    <fieldset>
      <legend className="h3">{t("household")}</legend>
      <CheckboxField id="hasSpouse" label={t("hasSpouse")} checked={props.hasSpouse} onChange={props.onHasSpouseChange} />
      {props.hasSpouse ? (
        <fieldset className="household-member">
          <legend className="h4">{t("spouse")}</legend>
          {/* Which stored person this is: an edit keeps them, and the steps they ticked. */}
          <input type="hidden" name="spouse.id" value={spouse.id ?? ""} />
          {NAME_FIELDS.map((field) => input(`spouse.${field}`, t(field), spouse[field], (value) => props.onSpouseChange({ ...spouse, [field]: value })))}
          {input("spouse.dateOfBirth", t("dateOfBirth"), spouse.dateOfBirth, (value) => props.onSpouseChange({ ...spouse, dateOfBirth: value }), "date", true)}
          <CheckboxField
            id="spouse.seekingWork"
            label={t("spouseSeekingWork")}
            checked={spouse.seekingWork}
            onChange={(seekingWork) => props.onSpouseChange({ ...spouse, seekingWork })}
          />
        </fieldset>
      ) : null}

      {/* The form's only heading after its h1: the next level, drawn as the legends around it. */}
      <h2 className="h4">{t("children")}</h2>
      {childRows.length === 0 ? <p>{t("noChildren")}</p> : null}
      {childRows.map((row, index) => (
        <fieldset className="household-member" key={row.key}>
          <legend className="h4">{t("child", { number: index + 1 })}</legend>
          <input type="hidden" name={`children.${index}.id`} value={row.id ?? ""} />
          {NAME_FIELDS.map((field) => input(`children.${index}.${field}`, t(field), row[field], updateChild(row.key, field)))}
          {input(`children.${index}.dateOfBirth`, t("dateOfBirth"), row.dateOfBirth, updateChild(row.key, "dateOfBirth"), "date")}
          <button type="button" className="button button-secondary" onClick={() => removeChild(row.key, index)}>
            {t("removeChild", { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button button-secondary" ref={addButtonRef} onClick={addChild} disabled={childRows.length >= 15}>
        {t("addChild")}
      </button>
    </fieldset>
  );
}
