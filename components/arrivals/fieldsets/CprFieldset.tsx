import { useTranslations } from "next-intl";
import { RadioGroup } from "@/components/form/RadioGroup";
import { TextField } from "@/components/form/TextField";
import type { TArrivalFieldsetProps } from "./field-props";

/** Whether and when CPR registration is done: never the number itself (data minimisation). */
export function CprFieldset({ values, set, errorText }: TArrivalFieldsetProps) {
  const t = useTranslations("arrivalForm");
  return (
    <fieldset>
      <legend className="h3">{t("cpr")}</legend>
      <p className="form-hint">{t("cprHint")}</p>
      <RadioGroup
        name="cprRegistered"
        legend={t("cprRegistered")}
        options={[
          { value: "yes", label: t("yes") },
          { value: "no", label: t("no") },
        ]}
        value={values.cprRegistered ? "yes" : "no"}
        onChange={(answer) => set("cprRegistered")(answer === "yes")}
      />
      {values.cprRegistered ? (
        <TextField
          id="cprRegisteredOn"
          type="date"
          label={t("cprRegisteredOn")}
          value={values.cprRegisteredOn}
          onChange={set("cprRegisteredOn")}
          error={errorText("cprRegisteredOn")}
        />
      ) : null}
    </fieldset>
  );
}
