import { useTranslations } from "next-intl";
import { SelectField } from "@/components/form/SelectField";
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
      <SelectField
        id="residenceBasis"
        label={t("residenceBasis")}
        error={errorText("residenceBasis")}
        emptyOption={t("chooseResidenceBasis")}
        options={RESIDENCE_BASES.map((option) => ({ value: option, label: basis(option) }))}
        value={values.residenceBasis}
        onChange={(value) => set("residenceBasis")(value as TResidenceBasis)}
      />
      <ArrivalTextField name="employerOrSchool" width="input-width-l" isOptional fields={fields} />
      <ArrivalTextField name="expectedStayMonths" width="input-width-xs" isOptional hint={t("expectedStayHint")} fields={fields} />
    </fieldset>
  );
}
