import { useTranslations } from "next-intl";
import { FormField } from "@/components/form/FormField";
import { RESIDENCE_BASES, type TResidenceBasis } from "@/lib/arrivals/residence-basis";
import { ArrivalTextField } from "./ArrivalTextField";
import type { TArrivalFieldsetProps } from "./field-props";

/** The arrival itself: when, where to, on which residence basis, for what and how long. */
export function ArrivalFieldset(fields: TArrivalFieldsetProps) {
  const { values, set, errorText } = fields;
  const t = useTranslations("arrivalForm");
  const basis = useTranslations("residenceBasis");
  return (
    <fieldset>
      <legend className="h3">{t("arrival")}</legend>
      <ArrivalTextField name="arrivalDate" type="date" fields={fields} />
      <ArrivalTextField name="addressLine" width="input-width-l" fields={fields} />
      <ArrivalTextField name="postalCode" width="input-width-xs" fields={fields} />
      <ArrivalTextField name="city" width="input-width-m" fields={fields} />
      <FormField id="residenceBasis" label={t("residenceBasis")} error={errorText("residenceBasis")}>
        {(describedBy) => (
          <select
            className="form-select"
            id="residenceBasis"
            name="residenceBasis"
            value={values.residenceBasis}
            onChange={(event) => set("residenceBasis")(event.target.value as TResidenceBasis)}
            aria-describedby={describedBy}
            aria-invalid={errorText("residenceBasis") ? true : undefined}
          >
            <option value="">{t("chooseResidenceBasis")}</option>
            {RESIDENCE_BASES.map((option) => (
              <option key={option} value={option}>
                {basis(option)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <ArrivalTextField name="employerOrSchool" width="input-width-l" isOptional fields={fields} />
      <ArrivalTextField name="expectedStayMonths" width="input-width-xs" isOptional hint={t("expectedStayHint")} fields={fields} />
    </fieldset>
  );
}
