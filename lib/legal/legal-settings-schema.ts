import { z } from "zod";
import { isCalendarDate } from "@/lib/dates/iso-date";
import { perLanguageFields } from "@/lib/i18n/per-language-fields";
import { optionalLine } from "@/lib/municipalities/settings-fields";
import { isCleanText } from "@/lib/validation/text";

/** The most characters each field takes (the database's column sizes; the known issues are JSON). */
export const LEGAL_SETTINGS_LIMITS = { contactEmail: 254, dpoName: 200, dpoEmail: 254, dpoPhone: 40, issues: 4000 } as const;

export const ACCESSIBILITY_COMPLIANCE = ["FULL", "PARTIAL", "NONE"] as const;

const optionalEmail = (max: number) => optionalLine(max).refine((value) => value === null || z.email().safeParse(value).success, { error: "emailInvalid" });

/** Paragraphs in one language; a form opened before a language was added has no field for it, which means none. */
const optionalTextInLanguage = z
  .string()
  .default("")
  .transform((value) => value.replace(/\r\n?/g, "\n").trim())
  .pipe(z.string().max(LEGAL_SETTINGS_LIMITS.issues, { error: "tooLong" }).refine(isCleanText, { error: "invalidCharacters" }))
  .transform((value) => (value === "" ? null : value));

/**
 * The municipality's own parts of its accessibility statement and privacy notice, as the
 * administrator's form sends them: the rest of both pages is Ankomst's words in every language.
 */
export const ZLegalSettings = z.object({
  accessibilityCompliance: z.enum(ACCESSIBILITY_COMPLIANCE, { error: "required" }),
  accessibilityReviewedOn: z
    .string()
    .trim()
    .refine((value) => value === "" || isCalendarDate(value), { error: "dateInvalid" })
    .transform((value) => (value === "" ? null : value)),
  accessibilityContactEmail: optionalEmail(LEGAL_SETTINGS_LIMITS.contactEmail),
  ...perLanguageFields("accessibilityIssues", () => optionalTextInLanguage),
  dpoName: optionalLine(LEGAL_SETTINGS_LIMITS.dpoName),
  dpoEmail: optionalEmail(LEGAL_SETTINGS_LIMITS.dpoEmail),
  dpoPhone: optionalLine(LEGAL_SETTINGS_LIMITS.dpoPhone).refine((value) => value === null || /^\+?[0-9 ()-]{6,}$/.test(value), { error: "phoneInvalid" }),
});
export type TLegalSettingsInput = z.input<typeof ZLegalSettings>;
export type TLegalSettings = z.output<typeof ZLegalSettings>;

/** The message keys the fields can refuse with (`legalSettings.errors`). */
export const LEGAL_SETTINGS_ERROR_KEYS = ["required", "tooLong", "emailInvalid", "phoneInvalid", "dateInvalid", "invalidCharacters"] as const;
export const isLegalSettingsErrorKey = (message: string): message is (typeof LEGAL_SETTINGS_ERROR_KEYS)[number] =>
  (LEGAL_SETTINGS_ERROR_KEYS as readonly string[]).includes(message);
