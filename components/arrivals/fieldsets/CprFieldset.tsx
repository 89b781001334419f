import { useTranslations } from "next-intl";
import { RadioGroup } from "@/components/form/RadioGroup";
import { ArrivalTextField } from "./ArrivalTextField";
import type { TArrivalFieldsetProps } from "./field-props";

/** Whether and when CPR registration is done: never the number itself (data minimisation). */
export function CprFieldset(fields: TArrivalFieldsetProps) {
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
        value={fields.values.cprRegistered ? "yes" : "no"}
        onChange={(answer) => fields.set("cprRegistered")(answer === "yes")}
        error={fields.errorText("cprRegistered")}
      />
      {fields.values.cprRegistered ? <ArrivalTextField name="cprRegisteredOn" type="date" fields={fields} /> : null}
    </fieldset>
  );
}
