import { fromIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import { PACKET_LANGUAGES, type TPacketLanguage } from "@/lib/i18n/languages";
import { localizedText } from "@/lib/i18n/localized-text";
import { CATALOGUE_CHECKED_ON, STEP_SEEDS, type TStepSeed } from "./seed-content";

/** Gives a municipality the standard step catalogue; steps it already has are left as the administrator edited them. */
export async function seedCatalogue(db: PrismaClient, municipalityId: string): Promise<void> {
  const offices = await db.office.findMany({
    where: { municipalityId },
    select: { name: true, addressLine: true, postalCode: true, city: true, phone: true, openingHours: true },
  });
  for (const [position, seed] of STEP_SEEDS.entries()) {
    const existing = await db.catalogueStep.findUnique({ where: { municipalityId_key: { municipalityId, key: seed.key } }, select: { id: true } });
    if (existing) continue;
    await db.catalogueStep.create({
      data: {
        municipalityId,
        key: seed.key,
        position,
        texts: {
          create: PACKET_LANGUAGES.map((language) => ({
            language,
            ...seed.texts[language],
            ...whereFields(seed.where, offices, language),
            sourceUrl: seed.sourceUrl,
            checkedOn: fromIsoDate(CATALOGUE_CHECKED_ON),
          })),
        },
      },
    });
  }
}

type TOffice = { name: string; addressLine: string; postalCode: string; city: string; phone: string | null; openingHours: unknown };

function whereFields(where: TStepSeed["where"], offices: TOffice[], language: TPacketLanguage) {
  if ("url" in where) return { whereName: typeof where.name === "string" ? where.name : where.name[language], whereUrl: where.url };
  const office = offices.find((candidate) => candidate.name.includes(where.office));
  if (!office) return { whereName: where.office };
  return {
    whereName: office.name,
    whereAddress: `${office.addressLine}, ${office.postalCode} ${office.city}`,
    whereHours: localizedText(office.openingHours, language, { fallback: "da" }),
    wherePhone: office.phone,
  };
}
