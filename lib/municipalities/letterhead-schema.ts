import { z } from "zod";
import { perLanguageFields } from "@/lib/i18n/per-language-fields";
import { addressFields, optionalLine, optionalLineInLanguage, requiredLine } from "./settings-fields";

/** The most characters each field takes (the database's column sizes). */
export const LETTERHEAD_LIMITS = {
  letterName: 200,
  addressLine: 200,
  city: 100,
  phone: 40,
  email: 254,
  website: 300,
  signatoryName: 200,
  signatoryTitle: 200,
} as const;

/** The letterhead, contact and signatory of the welcome letter, as the administrator's form sends them. */
export const ZLetterheadSettings = z.object({
  letterName: requiredLine(LETTERHEAD_LIMITS.letterName),
  ...addressFields(LETTERHEAD_LIMITS),
  website: optionalLine(LETTERHEAD_LIMITS.website).refine((value) => value === null || (/^https:\/\/\S+$/.test(value) && URL.canParse(value)), {
    error: "urlInvalid",
  }),
  signatoryName: optionalLine(LETTERHEAD_LIMITS.signatoryName),
  ...perLanguageFields("signatoryTitle", () => optionalLineInLanguage(LETTERHEAD_LIMITS.signatoryTitle)),
});
export type TLetterheadInput = z.input<typeof ZLetterheadSettings>;
export type TLetterhead = z.output<typeof ZLetterheadSettings>;
