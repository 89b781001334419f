import { useTranslations } from "next-intl";
import { TextField } from "@/components/form/TextField";
import { arrivalTextLimit } from "@/lib/arrivals/schemas";
import type { TArrivalFieldsetProps } from "./field-props";

type TTextKey =
  | "givenName"
  | "familyName"
  | "latinName"
  | "dateOfBirth"
  | "email"
  | "phone"
  | "arrivalDate"
  | "addressLine"
  | "postalCode"
  | "city"
  | "employerOrSchool"
  | "expectedStayMonths"
  | "cprRegisteredOn";

type TArrivalTextFieldProps = {
  name: TTextKey;
  fields: TArrivalFieldsetProps;
  type?: "text" | "email" | "tel" | "date";
  width?: string;
  isOptional?: boolean;
  hint?: string;
};

/** One text or date field of the arrival form, labelled, bound to its value and error by its name. */
export function ArrivalTextField({ name, fields, type, width, isOptional, hint }: TArrivalTextFieldProps) {
  const t = useTranslations("arrivalForm");
  return (
    <TextField
      id={name}
      label={t(name)}
      type={type}
      width={width}
      hint={hint}
      optionalLabel={isOptional ? t("optional") : undefined}
      value={fields.values[name] ?? ""}
      onChange={fields.set(name)}
      error={fields.errorText(name)}
      maxLength={arrivalTextLimit(name)}
    />
  );
}
