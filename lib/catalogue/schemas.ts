import { z } from "zod";
import { isCalendarDate } from "@/lib/dates/iso-date";
import { isCleanLine, isCleanText } from "@/lib/validation/text";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .refine(isCleanText, { error: "invalidCharacters" })
    .transform((value) => (value === "" ? null : value));

const optionalUrl = z
  .string()
  .trim()
  .max(300, { error: "tooLong" })
  .refine((value) => value === "" || (/^https:\/\/[^\s]+$/.test(value) && isCleanLine(value) && URL.canParse(value)), { error: "urlInvalid" })
  .transform((value) => (value === "" ? null : value));

export const ZStepTextSchema = z.object({
  title: z.string().trim().min(1, { error: "required" }).max(200, { error: "tooLong" }).refine(isCleanLine, { error: "invalidCharacters" }),
  body: z.string().trim().min(1, { error: "required" }).max(5000, { error: "tooLong" }).refine(isCleanText, { error: "invalidCharacters" }),
  whereName: optionalText(200),
  whereAddress: optionalText(300),
  whereHours: optionalText(300),
  wherePhone: optionalText(40),
  whereUrl: optionalUrl,
  sourceUrl: optionalUrl,
  checkedOn: z.string().refine(isCalendarDate, { error: "dateInvalid" }),
});

export type TStepTextInput = z.input<typeof ZStepTextSchema>;
export type TStepText = z.output<typeof ZStepTextSchema>;
