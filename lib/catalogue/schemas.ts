import { z } from "zod";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .transform((value) => (value === "" ? null : value));

const optionalUrl = z
  .string()
  .trim()
  .max(300, { error: "tooLong" })
  .refine((value) => value === "" || /^https:\/\/[^\s]+$/.test(value), { error: "urlInvalid" })
  .transform((value) => (value === "" ? null : value));

export const ZStepTextSchema = z.object({
  title: z.string().trim().min(1, { error: "required" }).max(200, { error: "tooLong" }),
  body: z.string().trim().min(1, { error: "required" }).max(5000, { error: "tooLong" }),
  whereName: optionalText(200),
  whereAddress: optionalText(300),
  whereHours: optionalText(300),
  wherePhone: optionalText(40),
  whereUrl: optionalUrl,
  sourceUrl: optionalUrl,
  checkedOn: z.iso.date({ error: "dateInvalid" }),
});

export type TStepTextInput = z.input<typeof ZStepTextSchema>;
export type TStepText = z.output<typeof ZStepTextSchema>;
