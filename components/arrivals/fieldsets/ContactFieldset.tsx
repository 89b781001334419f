import { useTranslations } from "next-intl";
import { TextField } from "@/components/form/TextField";
import type { TArrivalFieldsetProps } from "./field-props";

/** Optional ways to reach the newcomer. */
export function ContactFieldset({ values, set, errorText }: TArrivalFieldsetProps) {
  const t = useTranslations("arrivalForm");
  return (
    <fieldset>
      <legend className="h3">{t("contact")}</legend>
      <TextField
        id="email"
        type="email"
        label={t("email")}
        optionalLabel={t("optional")}
        width="input-width-l"
        value={values.email}
        onChange={set("email")}
        error={errorText("email")}
      />
      <TextField
        id="phone"
        type="tel"
        label={t("phone")}
        optionalLabel={t("optional")}
        width="input-width-m"
        value={values.phone}
        onChange={set("phone")}
        error={errorText("phone")}
      />
    </fieldset>
  );
}
