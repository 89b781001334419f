import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import { PACKET_LANGUAGES, type TPacketLanguage } from "@/lib/i18n/languages";
import { isCleanLine } from "@/lib/validation/text";

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

const line = (max: number) => z.string().trim().max(max, { error: "tooLong" }).refine(isCleanLine, { error: "invalidCharacters" });
const required = (max: number) => line(max).pipe(z.string().min(1, { error: "required" }));
const optional = (max: number) => line(max).transform((value) => (value === "" ? null : value));

/** The letterhead, contact and signatory of the welcome letter, as the administrator's form sends them. */
export const ZLetterheadSettings = z.object({
  letterName: required(LETTERHEAD_LIMITS.letterName),
  addressLine: required(LETTERHEAD_LIMITS.addressLine),
  postalCode: z
    .string()
    .trim()
    .refine((value) => /^\d{4}$/.test(value), { error: "postalCodeInvalid" }),
  city: required(LETTERHEAD_LIMITS.city),
  phone: optional(LETTERHEAD_LIMITS.phone).refine((value) => value === null || /^\+?[0-9 ()-]{6,}$/.test(value), { error: "phoneInvalid" }),
  email: optional(LETTERHEAD_LIMITS.email).refine((value) => value === null || z.email().safeParse(value).success, { error: "emailInvalid" }),
  website: optional(LETTERHEAD_LIMITS.website).refine((value) => value === null || (/^https:\/\/\S+$/.test(value) && URL.canParse(value)), {
    error: "urlInvalid",
  }),
  signatoryName: optional(LETTERHEAD_LIMITS.signatoryName),
  signatoryTitle_en: optional(LETTERHEAD_LIMITS.signatoryTitle),
  signatoryTitle_de: optional(LETTERHEAD_LIMITS.signatoryTitle),
  signatoryTitle_da: optional(LETTERHEAD_LIMITS.signatoryTitle),
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
        catalogueVersion: { increment: 1 },
      },
    });
    await recordAuditEvent(tx, {
      municipalityId: admin.municipalityId,
      actorUserId: admin.id,
      action: "municipality.update",
      entityType: "municipality",
      entityId: admin.municipalityId,
      metadata: { part: "letterhead" },
    });
  });
}
