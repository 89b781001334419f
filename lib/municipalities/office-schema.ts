import { z } from "zod";
import { addressFields, optionalLine, requiredLine } from "./settings-fields";

/** The most characters each field of an office takes (the database's column sizes; hours per language). */
export const OFFICE_LIMITS = { name: 200, addressLine: 200, city: 100, phone: 40, email: 254, hours: 300 } as const;

/** An office as the administrator's form sends it: where newcomers go, with its opening hours in each packet language. */
export const ZOffice = z.object({
  name: requiredLine(OFFICE_LIMITS.name),
  ...addressFields(OFFICE_LIMITS),
  hours_da: optionalLine(OFFICE_LIMITS.hours),
  hours_en: optionalLine(OFFICE_LIMITS.hours),
  hours_de: optionalLine(OFFICE_LIMITS.hours),
});
export type TOfficeInput = z.input<typeof ZOffice>;
export type TOffice = z.output<typeof ZOffice>;

export const EMPTY_OFFICE: TOfficeInput = {
  name: "",
  addressLine: "",
  postalCode: "",
  city: "",
  phone: "",
  email: "",
  hours_da: "",
  hours_en: "",
  hours_de: "",
};
