import { z } from "zod";
import { isCleanLine } from "@/lib/validation/text";

/**
 * The fields the municipality's settings forms share (letterhead, offices). Error messages are keys
 * of `letterhead.errors`; an optional field left empty is stored as null.
 */
export const line = (max: number) => z.string().trim().max(max, { error: "tooLong" }).refine(isCleanLine, { error: "invalidCharacters" });
export const requiredLine = (max: number) => line(max).pipe(z.string().min(1, { error: "required" }));
export const optionalLine = (max: number) => line(max).transform((value) => (value === "" ? null : value));

/** A line per packet language: a form opened before a language was added has no field for it, which means none. */
export const optionalLineInLanguage = (max: number) =>
  line(max)
    .default("")
    .transform((value) => (value === "" ? null : value));

/** An address's own fields, shared by the letterhead and every office. */
export const addressFields = (limits: { addressLine: number; city: number; phone: number; email: number }) => ({
  addressLine: requiredLine(limits.addressLine),
  postalCode: z
    .string()
    .trim()
    .refine((value) => /^\d{4}$/.test(value), { error: "postalCodeInvalid" }),
  city: requiredLine(limits.city),
  phone: optionalLine(limits.phone).refine((value) => value === null || /^\+?[0-9 ()-]{6,}$/.test(value), { error: "phoneInvalid" }),
  email: optionalLine(limits.email).refine((value) => value === null || z.email().safeParse(value).success, { error: "emailInvalid" }),
});

/** The message keys these fields can refuse with (`letterhead.errors`). */
export const SETTINGS_ERROR_KEYS = [
  "required",
  "tooLong",
  "postalCodeInvalid",
  "phoneInvalid",
  "emailInvalid",
  "urlInvalid",
  "invalidCharacters",
  "timeInvalid",
  "hoursInvalid",
] as const;
export const isSettingsErrorKey = (message: string): message is (typeof SETTINGS_ERROR_KEYS)[number] =>
  (SETTINGS_ERROR_KEYS as readonly string[]).includes(message);
