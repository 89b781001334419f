import { z } from "zod";
import { perLanguageFields } from "@/lib/i18n/per-language-fields";
import { addressFields, line, optionalLine, optionalLineInLanguage, requiredLine } from "./settings-fields";

/** The most characters each field of an office takes (the database's column sizes; hours per language). */
export const OFFICE_LIMITS = { name: 200, addressLine: 200, city: 100, phone: 40, email: 254, hours: 300, website: 300 } as const;

/** Monday (0) to Sunday (6). */
export const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;
export type TWeekdayField = `from_${(typeof WEEKDAYS)[number]}` | `to_${(typeof WEEKDAYS)[number]}`;

const clockTimeOrEmpty = z
  .string()
  .trim()
  .refine((value) => value === "" || /^([01]\d|2[0-3]):[0-5]\d$/.test(value), { error: "timeInvalid" });
const weekdayFields = Object.fromEntries(
  WEEKDAYS.flatMap((day) => [
    [`from_${day}`, clockTimeOrEmpty],
    [`to_${day}`, clockTimeOrEmpty],
  ]),
) as Record<TWeekdayField, typeof clockTimeOrEmpty>;

/**
 * An office as the administrator's form sends it: where newcomers go, when it is open each weekday
 * (from–to; a day left empty is closed), and a note on the hours in each packet language.
 */
export const ZOffice = z
  .object({
    /** One of the municipality's offices, or a national body its steps are done at (no address of its own to visit). */
    kind: z.enum(["LOCAL", "NATIONAL"]).catch("LOCAL"),
    name: requiredLine(OFFICE_LIMITS.name),
    ...addressFields(OFFICE_LIMITS),
    // Required of an office, not of a national body (checked below).
    addressLine: line(OFFICE_LIMITS.addressLine),
    postalCode: z
      .string()
      .trim()
      .refine((value) => value === "" || /^\d{4}$/.test(value), { error: "postalCodeInvalid" }),
    city: line(OFFICE_LIMITS.city),
    website: optionalLine(OFFICE_LIMITS.website).refine((value) => value === null || (/^https:\/\/\S+$/.test(value) && URL.canParse(value)), {
      error: "urlInvalid",
    }),
    ...weekdayFields,
    ...perLanguageFields("hours", () => optionalLineInLanguage(OFFICE_LIMITS.hours)),
  })
  .superRefine((office, context) => {
    if (office.kind === "LOCAL") {
      for (const field of ["addressLine", "postalCode", "city"] as const) {
        if (office[field] === "") context.addIssue({ code: "custom", path: [field], message: field === "postalCode" ? "postalCodeInvalid" : "required" });
      }
    }
    for (const day of WEEKDAYS) {
      const from = office[`from_${day}`];
      const to = office[`to_${day}`];
      // A day is open from one time to a later one, or closed (both empty).
      if ((from === "") !== (to === "") || (from !== "" && from >= to)) context.addIssue({ code: "custom", path: [`to_${day}`], message: "hoursInvalid" });
    }
  });
export type TOfficeInput = z.input<typeof ZOffice>;
export type TOffice = z.output<typeof ZOffice>;

export const EMPTY_OFFICE: TOfficeInput = {
  kind: "LOCAL",
  name: "",
  website: "",
  addressLine: "",
  postalCode: "",
  city: "",
  phone: "",
  email: "",
  ...(Object.fromEntries(
    WEEKDAYS.flatMap((day) => [
      [`from_${day}`, ""],
      [`to_${day}`, ""],
    ]),
  ) as Record<TWeekdayField, string>),
  ...perLanguageFields("hours", () => ""),
};
