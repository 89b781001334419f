import "server-only";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import { perLanguageJson, perLanguageValues } from "@/lib/i18n/per-language-fields";
import type { TLetterhead, TLetterheadInput } from "./letterhead-schema";
import { MUNICIPALITY_CONTACT_SELECT } from "./public-municipalities";
import { recordMunicipalityChange } from "./record-municipality-change";

/** The settings as the form shows them (every field a string). */
export async function getLetterheadSettings(db: PrismaClient, municipalityId: string): Promise<TLetterheadInput | null> {
  const row = await db.municipality.findUnique({
    where: { id: municipalityId },
    select: { ...MUNICIPALITY_CONTACT_SELECT, signatoryName: true, signatoryTitles: true },
  });
  if (!row) return null;
  return {
    letterName: row.letterName,
    addressLine: row.addressLine,
    postalCode: row.postalCode,
    city: row.city,
    phone: row.phone ?? "",
    email: row.email ?? "",
    website: row.website ?? "",
    signatoryName: row.signatoryName ?? "",
    ...perLanguageValues("signatoryTitle", row.signatoryTitles),
  };
}

/**
 * Saves the letterhead of the administrator's own municipality. The catalogue version goes up with
 * it, so the next packet is made anew with the new letterhead, while the stored PDFs of letters
 * already sent stay as they were.
 */
export async function updateLetterheadSettings(db: PrismaClient, options: { admin: TActingUser; settings: TLetterhead }): Promise<void> {
  const { admin, settings } = options;
  const signatoryTitles = perLanguageJson("signatoryTitle", settings);
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
