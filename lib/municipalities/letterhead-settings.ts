import { z } from "zod";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import { PACKET_LANGUAGES, type TPacketLanguage } from "@/lib/i18n/languages";
import { recordMunicipalityChange } from "./record-municipality-change";
import { addressFields, optionalLine, requiredLine } from "./settings-fields";

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
  signatoryTitle_en: optionalLine(LETTERHEAD_LIMITS.signatoryTitle),
  signatoryTitle_de: optionalLine(LETTERHEAD_LIMITS.signatoryTitle),
  signatoryTitle_da: optionalLine(LETTERHEAD_LIMITS.signatoryTitle),
});
export type TLetterheadInput = z.input<typeof ZLetterheadSettings>;
export type TLetterhead = z.output<typeof ZLetterheadSettings>;

/** The settings as the form shows them (every field a string). */
export async function getLetterheadSettings(db: PrismaClient, municipalityId: string): Promise<TLetterheadInput | null> {
  const row = await db.municipality.findUnique({
    where: { id: municipalityId },
    select: {
      letterName: true,
      addressLine: true,
      postalCode: true,
      city: true,
      phone: true,
      email: true,
      website: true,
      signatoryName: true,
      signatoryTitles: true,
    },
  });
  if (!row) return null;
  const titles = (row.signatoryTitles ?? {}) as Partial<Record<TPacketLanguage, string>>;
  return {
    letterName: row.letterName,
    addressLine: row.addressLine,
    postalCode: row.postalCode,
    city: row.city,
    phone: row.phone ?? "",
    email: row.email ?? "",
    website: row.website ?? "",
    signatoryName: row.signatoryName ?? "",
    signatoryTitle_en: titles.en ?? "",
    signatoryTitle_de: titles.de ?? "",
    signatoryTitle_da: titles.da ?? "",
  };
}

/**
 * Saves the letterhead of the administrator's own municipality. The catalogue version goes up with
 * it, so the next packet is made anew with the new letterhead, while the stored PDFs of letters
 * already sent stay as they were.
 */
export async function updateLetterheadSettings(db: PrismaClient, options: { admin: TActingUser; settings: TLetterhead }): Promise<void> {
  const { admin, settings } = options;
  const signatoryTitles = Object.fromEntries(
    PACKET_LANGUAGES.flatMap((language) => {
      const title = settings[`signatoryTitle_${language}`];
      return title ? [[language, title]] : [];
    }),
  );
  await db.$transaction(async (tx) => {
    await tx.municipality.update({
      where: { id: admin.municipalityId },
      data: {
        letterName: settings.letterName,
        addressLine: settings.addressLine,
        postalCode: settings.postalCode,
        city: settings.city,
        phone: settings.phone,
        email: settings.email,
        website: settings.website,
        signatoryName: settings.signatoryName,
        signatoryTitles,
      },
    });
    await recordMunicipalityChange(tx, { admin, isShownInPackets: true, metadata: { part: "letterhead" } });
  });
}
