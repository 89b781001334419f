import { useTranslations } from "next-intl";
import { FormField } from "@/components/form/FormField";
import { TextField } from "@/components/form/TextField";
import { RESIDENCE_BASES, type TResidenceBasis } from "@/lib/arrivals/residence-basis";
import type { TArrivalFieldsetProps } from "./field-props";

/** The arrival itself: when, where to, on which residence basis, for what and how long. */
export function ArrivalFieldset({ values, set, errorText }: TArrivalFieldsetProps) {
  const t = useTranslations("arrivalForm");
  const basis = useTranslations("residenceBasis");
  return (
    <fieldset>
      <legend className="h3">{t("arrival")}</legend>
      <TextField
        id="arrivalDate"
        type="date"
        label={t("arrivalDate")}
        value={values.arrivalDate}
        onChange={set("arrivalDate")}
        error={errorText("arrivalDate")}
      />
      <TextField
        id="addressLine"
        label={t("addressLine")}
        width="input-width-l"
        value={values.addressLine}
        onChange={set("addressLine")}
        error={errorText("addressLine")}
      />
      <TextField
        id="postalCode"
        label={t("postalCode")}
        width="input-width-xs"
        value={values.postalCode}
        onChange={set("postalCode")}
        error={errorText("postalCode")}
      />
      <TextField id="city" label={t("city")} width="input-width-m" value={values.city} onChange={set("city")} error={errorText("city")} />
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
      <TextField
        id="employerOrSchool"
        label={t("employerOrSchool")}
        optionalLabel={t("optional")}
        width="input-width-l"
        value={values.employerOrSchool}
        onChange={set("employerOrSchool")}
        error={errorText("employerOrSchool")}
      />
      <TextField
        id="expectedStayMonths"
        label={t("expectedStayMonths")}
        optionalLabel={t("optional")}
        hint={t("expectedStayHint")}
        width="input-width-xs"
        value={values.expectedStayMonths}
        onChange={set("expectedStayMonths")}
        error={errorText("expectedStayMonths")}
      />
    </fieldset>
  );
}
