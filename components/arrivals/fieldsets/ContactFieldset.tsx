import { useTranslations } from "next-intl";
import { ArrivalTextField } from "./ArrivalTextField";
import type { TArrivalFieldsetProps } from "./field-props";

/** Optional ways to reach the newcomer. */
export function ContactFieldset(fields: TArrivalFieldsetProps) {
  const t = useTranslations("arrivalForm");
  return (
    <fieldset>
      <legend className="h3">{t("contact")}</legend>
      <ArrivalTextField name="email" type="email" width="input-width-l" isOptional fields={fields} />
      <ArrivalTextField name="phone" type="tel" width="input-width-m" isOptional fields={fields} />
    </fieldset>
  );
}
