import type { PrismaClient } from "@/lib/db-client";
import { openingHoursIn } from "@/lib/welcome/get-public-municipality";
import { CATALOGUE_CHECKED_ON, STEP_SEEDS, type TStepSeed } from "./seed-content";

const LANGUAGES = ["da", "en", "de"] as const;

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
          create: LANGUAGES.map((language) => ({
            language,
            ...seed.texts[language],
            ...whereFields(seed.where, offices, language),
            sourceUrl: seed.sourceUrl,
            checkedOn: new Date(`${CATALOGUE_CHECKED_ON}T00:00:00Z`),
          })),
        },
      },
    });
  }
}

type TOffice = { name: string; addressLine: string; postalCode: string; city: string; phone: string | null; openingHours: unknown };

function whereFields(where: TStepSeed["where"], offices: TOffice[], language: string) {
  if ("url" in where) return { whereName: where.name, whereUrl: where.url };
  const office = offices.find((candidate) => candidate.name.includes(where.office));
  if (!office) return { whereName: where.office };
  return {
    whereName: office.name,
    whereAddress: `${office.addressLine}, ${office.postalCode} ${office.city}`,
    whereHours: openingHoursIn(office.openingHours, language),
    wherePhone: office.phone,
  };
}
