import { fromIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import { PACKET_LANGUAGES, type TPacketLanguage } from "@/lib/i18n/languages";
import { DEFAULT_STEPS } from "@/lib/steps/default-step-definitions";
import { CATALOGUE_CHECKED_ON, STEP_SEEDS, type TStepSeed } from "./seed-content";

/**
 * Gives a municipality the standard step catalogue: each built-in step with its texts, its rules and
 * deadline (lib/steps/default-step-definitions.ts) and its office. Steps it already has are left as
 * the administrator edited them, so running it again only adds steps new in this version.
 */
export async function seedCatalogue(db: PrismaClient, municipalityId: string): Promise<number> {
  const offices = await db.office.findMany({
    where: { municipalityId },
    select: { id: true, name: true },
  });
  const existing = new Set((await db.catalogueStep.findMany({ where: { municipalityId }, select: { key: true } })).map((step) => step.key));
  let added = 0;
  for (const [position, seed] of STEP_SEEDS.entries()) {
    if (existing.has(seed.key)) continue;
    const definition = DEFAULT_STEPS.find((step) => step.key === seed.key);
    if (!definition) throw new Error(`The step ${seed.key} has texts but no rules in DEFAULT_STEPS`);
    const office = "office" in seed.where ? officeFor(seed.where.office, offices) : undefined;
    await db.catalogueStep.create({
      data: {
        municipalityId,
        key: seed.key,
        section: definition.section,
        position,
        rules: definition.rules,
        deadlineRule: definition.deadline,
        placeId: office?.id ?? null,
        texts: {
          create: PACKET_LANGUAGES.map((language) => ({
            language,
            ...seed.texts[language],
            ...whereFields(seed.where, office, language),
            sourceUrl: seed.sourceUrl,
            checkedOn: fromIsoDate(seed.checkedOn ?? CATALOGUE_CHECKED_ON),
          })),
        },
      },
    });
    added++;
  }
  // New built-in steps change the packets already made: their cached copies must not be served.
  if (added > 0 && existing.size > 0) {
    await db.municipality.update({ where: { id: municipalityId }, data: { catalogueRevision: { increment: 1 }, catalogueUpdatedAt: new Date() } });
  }
  return added;
}

type TOffice = { id: string; name: string };

const officeFor = (name: string, offices: TOffice[]) => offices.find((candidate) => candidate.name.includes(name));

/** A step at one of the offices takes its place from the office itself (build-packet's whereOf); the text names only other places. */
function whereFields(where: TStepSeed["where"], office: TOffice | undefined, language: TPacketLanguage) {
  if ("name" in where) return { whereName: typeof where.name === "string" ? where.name : where.name[language], whereUrl: where.url };
  return { ...(office ? {} : { whereName: where.office }), whereUrl: where.url ?? null };
}
