import { z } from "zod";
import { isCalendarDate } from "@/lib/dates/iso-date";
import { normaliseLineEnds } from "@/lib/text/paragraphs";
import { isCleanLine, isCleanText } from "@/lib/validation/text";

/** The most characters each field of a step's text takes: the schema refuses more, the inputs' `maxlength` stops typing there. */
export const STEP_TEXT_LIMITS = {
  title: 200,
  body: 5000,
  whereName: 200,
  whereAddress: 300,
  whereHours: 300,
  wherePhone: 40,
  whereUrl: 300,
  sourceUrl: 300,
} as const;

const optionalText = (max: number) =>
  z
    .string()
    .overwrite(normaliseLineEnds)
    .trim()
    .max(max, { error: "tooLong" })
    .refine(isCleanText, { error: "invalidCharacters" })
    .transform((value) => (value === "" ? null : value));

const optionalUrl = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .refine((value) => value === "" || (/^https:\/\/[^\s]+$/.test(value) && isCleanLine(value) && URL.canParse(value)), { error: "urlInvalid" })
    .transform((value) => (value === "" ? null : value));

export const ZStepTextSchema = z.object({
  title: z.string().trim().min(1, { error: "required" }).max(STEP_TEXT_LIMITS.title, { error: "tooLong" }).refine(isCleanLine, { error: "invalidCharacters" }),
  // Stored with "\n" line ends: a browser posts "\r\n", and the packet splits paragraphs at blank lines.
  body: z
    .string()
    .overwrite(normaliseLineEnds)
    .trim()
    .min(1, { error: "required" })
    .max(STEP_TEXT_LIMITS.body, { error: "tooLong" })
    .refine(isCleanText, { error: "invalidCharacters" }),
  whereName: optionalText(STEP_TEXT_LIMITS.whereName),
  whereAddress: optionalText(STEP_TEXT_LIMITS.whereAddress),
  whereHours: optionalText(STEP_TEXT_LIMITS.whereHours),
  wherePhone: optionalText(STEP_TEXT_LIMITS.wherePhone),
  whereUrl: optionalUrl(STEP_TEXT_LIMITS.whereUrl),
  sourceUrl: optionalUrl(STEP_TEXT_LIMITS.sourceUrl),
  checkedOn: z.string().refine(isCalendarDate, { error: "dateInvalid" }),
});

export type TStepTextInput = z.input<typeof ZStepTextSchema>;
export type TStepText = z.output<typeof ZStepTextSchema>;
