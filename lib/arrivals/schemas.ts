import { z } from "zod";
import { isKnownCountryCode } from "@/lib/countries/country-options";
import { addMonths, danishDayOf, isCalendarDate, type TIsoDate } from "@/lib/dates/iso-date";
import { ZPacketLanguage } from "@/lib/i18n/languages";
import { isLatinSpelling } from "@/lib/names/latin-spelling";
import { hasLetter, isCleanLine } from "@/lib/validation/text";
import { ZResidenceBasis } from "./residence-basis";

/** Error messages are keys of `arrivalForm.errors`, translated where they are shown. */
const ARRIVAL_ERROR_KEYS = [
  "required",
  "chooseOne",
  "tooLong",
  "dateInvalid",
  "dateInFuture",
  "bornAfterArrival",
  "arrivalTooFarAhead",
  "emailInvalid",
  "phoneInvalid",
  "postalCodeInvalid",
  "countryInvalid",
  "stayInvalid",
  "cprDateRequired",
  "cprDateBeforeBirth",
  "tooManyChildren",
  "invalidCharacters",
  "nameNeedsLetter",
  "arrivalTooLongAgo",
  "languageNotOffered",
  "latinOnly",
] as const;
export type TArrivalErrorKey = (typeof ARRIVAL_ERROR_KEYS)[number];

const err = (key: TArrivalErrorKey) => ({ error: key });

/** The most characters each text field takes: the schema refuses more, and the inputs' `maxlength` stops typing there. */
export const ARRIVAL_TEXT_LIMITS = {
  givenName: 200,
  familyName: 200,
  latinName: 400,
  email: 254,
  phone: 40,
  addressLine: 200,
  city: 100,
  employerOrSchool: 200,
} as const;

/** The limit of a field by its form path ("spouse.givenName", "children.2.familyName"), if it has one. */
export function arrivalTextLimit(path: string): number | undefined {
  const field = path.split(".").at(-1) ?? "";
  return Object.hasOwn(ARRIVAL_TEXT_LIMITS, field) ? ARRIVAL_TEXT_LIMITS[field as keyof typeof ARRIVAL_TEXT_LIMITS] : undefined;
}

/** One line of text as typed: no control characters, no bidirectional overrides (lib/validation/text.ts). */
const line = (max: number) => z.string().trim().max(max, err("tooLong")).refine(isCleanLine, err("invalidCharacters"));
const name = (max: number) => line(max).pipe(z.string().min(1, err("required")).refine(hasLetter, err("nameNeedsLetter")));
const isoDate = z.string().trim().min(1, err("required")).refine(isCalendarDate, err("dateInvalid"));
const optionalIsoDate = z
  .string()
  .trim()
  .refine((value) => value === "" || isCalendarDate(value), err("dateInvalid"));
const optionalText = line;

/** How far back an arrival may be registered: Ankomst welcomes newcomers, not residents of long standing. */
export const ARRIVAL_YEARS_BACK = 10;

/**
 * A household member's id as the edit form carries it, so an edit updates the same person (their
 * ticks and reminders stay with them); empty for a person added in this edit.
 */
const memberId = z.union([z.literal(""), z.uuid()]).default("");

export const ZSpouseSchema = z.object({
  id: memberId,
  givenName: name(ARRIVAL_TEXT_LIMITS.givenName),
  familyName: name(ARRIVAL_TEXT_LIMITS.familyName),
  dateOfBirth: optionalIsoDate,
  seekingWork: z.boolean(),
});

export const ZChildSchema = z.object({
  id: memberId,
  givenName: name(ARRIVAL_TEXT_LIMITS.givenName),
  familyName: name(ARRIVAL_TEXT_LIMITS.familyName),
  dateOfBirth: isoDate,
});

/**
 * The registration form: one schema for the browser and the server action. All values are strings
 * or booleans as typed. Dates are checked against `today` (a birth date not in the future, an
 * arrival within ten years back and a year ahead); the app passes none, so each parse uses the Danish day
 * it runs on, and tests pass the day their data is written for.
 */
export function arrivalFormSchema(clock: { today?: TIsoDate } = {}) {
  return z
    .object({
      givenName: name(ARRIVAL_TEXT_LIMITS.givenName),
      familyName: name(ARRIVAL_TEXT_LIMITS.familyName),
      // How the name is written in Latin letters (a passport's Latin line), when it is written in another script.
      latinName: line(ARRIVAL_TEXT_LIMITS.latinName).refine(isLatinSpelling, err("latinOnly")).default(""),
      dateOfBirth: isoDate,
      nationality: z.string().trim().refine(isKnownCountryCode, err("countryInvalid")),
      packetLanguage: ZPacketLanguage,
      email: optionalText(ARRIVAL_TEXT_LIMITS.email).refine((value) => value === "" || z.email().safeParse(value).success, err("emailInvalid")),
      phone: optionalText(ARRIVAL_TEXT_LIMITS.phone).refine((value) => value === "" || /^\+?[0-9 ()-]{6,}$/.test(value), err("phoneInvalid")),
      arrivalDate: isoDate,
      addressLine: line(ARRIVAL_TEXT_LIMITS.addressLine).pipe(z.string().min(1, err("required"))),
      postalCode: z
        .string()
        .trim()
        .refine((value) => /^\d{4}$/.test(value), err("postalCodeInvalid")),
      city: line(ARRIVAL_TEXT_LIMITS.city).pipe(z.string().min(1, err("required"))),
      // A choice: nothing chosen asks to choose, not to "fill in".
      residenceBasis: z.enum(ZResidenceBasis.options, err("chooseOne")),
      employerOrSchool: optionalText(ARRIVAL_TEXT_LIMITS.employerOrSchool),
      expectedStayMonths: z
        .string()
        .trim()
        .refine((value) => value === "" || (/^\d{1,3}$/.test(value) && Number(value) >= 1 && Number(value) <= 600), err("stayInvalid")),
      cprRegistered: z.boolean(),
      cprRegisteredOn: optionalIsoDate,
      spouse: ZSpouseSchema.nullable(),
      children: z.array(ZChildSchema).max(15, err("tooManyChildren")),
    })
    .superRefine(
      (form, context) => {
        // Runs even when other fields are wrong (see `when`), so the input may be partly malformed.
        // The municipality's day (Danish time), as the record-CPR form and the reminders count it: UTC's is a day behind late in the evening.
        const today = clock.today ?? danishDayOf(new Date());
        const isDate = (value: unknown): value is string => typeof value === "string" && isCalendarDate(value);
        const issue = (path: (string | number)[], key: TArrivalErrorKey) => context.addIssue({ code: "custom", path, message: key });
        if (isDate(form.dateOfBirth) && form.dateOfBirth > today) issue(["dateOfBirth"], "dateInFuture");
        else if (isDate(form.dateOfBirth) && isDate(form.arrivalDate) && form.dateOfBirth > form.arrivalDate) issue(["dateOfBirth"], "bornAfterArrival");
        if (isDate(form.arrivalDate) && form.arrivalDate > addMonths(today, 12)) issue(["arrivalDate"], "arrivalTooFarAhead");
        if (isDate(form.arrivalDate) && form.arrivalDate < addMonths(today, -12 * ARRIVAL_YEARS_BACK)) issue(["arrivalDate"], "arrivalTooLongAgo");
        if (form.cprRegistered === true && isDate(form.cprRegisteredOn) && form.cprRegisteredOn > today) issue(["cprRegisteredOn"], "dateInFuture");
        if (form.cprRegistered === true && form.cprRegisteredOn === "") issue(["cprRegisteredOn"], "cprDateRequired");
        if (form.cprRegistered === true && isDate(form.cprRegisteredOn) && isDate(form.dateOfBirth) && form.cprRegisteredOn < form.dateOfBirth)
          issue(["cprRegisteredOn"], "cprDateBeforeBirth");
        if (isDate(form.spouse?.dateOfBirth) && form.spouse.dateOfBirth > today) issue(["spouse", "dateOfBirth"], "dateInFuture");
        (Array.isArray(form.children) ? form.children : []).forEach((child, index) => {
          if (isDate(child?.dateOfBirth) && child.dateOfBirth > today) issue(["children", index, "dateOfBirth"], "dateInFuture");
        });
      },
      // Cross-field date errors are shown together with the others, not only after those are fixed.
      { when: (payload) => typeof payload.value === "object" && payload.value !== null },
    );
}

/** The registration form's schema on the day it parses. */
export const ZArrivalFormSchema = arrivalFormSchema();

export type TArrivalFormInput = z.input<typeof ZArrivalFormSchema>;
export type TArrivalForm = z.output<typeof ZArrivalFormSchema>;

/** Field paths as the form names them: "givenName", "spouse.givenName", "children.1.dateOfBirth". */
export type TFieldErrors = Record<string, TArrivalErrorKey>;

// One list with the type: a key left out of it was shown as "Fill in this field" (so was "latinOnly").
const ERROR_KEYS = new Set<string>(ARRIVAL_ERROR_KEYS);

const TOP_LEVEL_ORDER = Object.keys(ZArrivalFormSchema.shape);
const PERSON_ORDER = Object.keys(ZSpouseSchema.shape);

/** Where a field path sits in the form, as numbers to compare: top-level field, then child number, then field within the person. */
function formPosition(path: string): number[] {
  const [first = "", second = "", third = ""] = path.split(".");
  const top = TOP_LEVEL_ORDER.indexOf(first);
  if (first === "children") return [top, Number(second) || 0, PERSON_ORDER.indexOf(third)];
  if (first === "spouse") return [top, 0, PERSON_ORDER.indexOf(second)];
  return [top === -1 ? TOP_LEVEL_ORDER.length : top, 0, 0];
}

/** Field paths in the order the form shows them, whatever order the checks found them in. */
export function inFormOrder(paths: readonly string[]): string[] {
  const compare = (a: number[], b: number[]) => a.reduce((result, value, index) => result || value - (b[index] ?? 0), 0);
  return [...paths].sort((a, b) => compare(formPosition(a), formPosition(b)));
}

export function fieldErrorsFrom(error: z.ZodError): TFieldErrors {
  const errors: TFieldErrors = {};
  for (const issue of error.issues) {
    // Zod's own messages (e.g. an option that is not in an enum) mean a value the form cannot produce.
    errors[issue.path.join(".")] ??= ERROR_KEYS.has(issue.message) ? (issue.message as TArrivalErrorKey) : "required";
  }
  return errors;
}
