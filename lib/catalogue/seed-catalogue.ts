import { fromIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import { LANGUAGES, PACKET_LANGUAGES, type TPacketLanguage } from "@/lib/i18n/languages";
import { DEFAULT_STEPS } from "@/lib/steps/default-step-definitions";
import { CATALOGUE_CHECKED_ON, STEP_SEEDS, seedTextIn, type TStepSeed } from "./seed-content";

/**
 * Gives a municipality the standard step catalogue: each built-in step with its texts, its rules and
 * deadline (lib/steps/default-step-definitions.ts) and its office. Steps it already has are left as
 * the administrator edited them, so running it again only adds steps new in this version, and the
 * texts of a language new in this version to the built-in steps that lack one (never replacing a
 * text an administrator wrote). Texts shipped unreviewed are stored so (reviewedAt null).
 */
export async function seedCatalogue(db: PrismaClient, municipalityId: string, options: { now?: Date } = {}): Promise<{ steps: number; texts: number }> {
  const now = options.now ?? new Date();
  const offices = await db.office.findMany({ where: { municipalityId }, select: { id: true, name: true } });
  const existing = new Map(
    (await db.catalogueStep.findMany({ where: { municipalityId }, select: { id: true, key: true, texts: { select: { language: true } } } })).map((step) => [
      step.key,
      step,
    ]),
  );
  let addedSteps = 0;
  let addedTexts = 0;
  for (const [position, seed] of STEP_SEEDS.entries()) {
    const office = "office" in seed.where ? officeFor(seed.where.office, offices) : undefined;
    const textRow = (language: TPacketLanguage) => {
      const text = seedTextIn(seed, language);
      if (!text) return [];
      return [
        {
          language,
          title: text.title,
          body: text.body,
          ...whereFields(seed.where, office, text.whereName),
          sourceUrl: seed.sourceUrl,
          checkedOn: fromIsoDate(seed.checkedOn ?? CATALOGUE_CHECKED_ON),
          reviewedAt: LANGUAGES[language].isShippedReviewed ? now : null,
        },
      ];
    };
    const step = existing.get(seed.key);
    if (step) {
      const missing = PACKET_LANGUAGES.filter((language) => !step.texts.some((text) => text.language === language)).flatMap(textRow);
      if (missing.length > 0) await db.catalogueStepText.createMany({ data: missing.map((text) => ({ ...text, stepId: step.id })) });
      addedTexts += missing.length;
      continue;
    }
    const definition = DEFAULT_STEPS.find((candidate) => candidate.key === seed.key);
    if (!definition) throw new Error(`The step ${seed.key} has texts but no rules in DEFAULT_STEPS`);
    await db.catalogueStep.create({
      data: {
        municipalityId,
        key: seed.key,
        section: definition.section,
        position,
        rules: definition.rules,
        deadlineRule: definition.deadline,
        placeId: office?.id ?? null,
        texts: { create: PACKET_LANGUAGES.flatMap(textRow) },
      },
    });
    addedSteps++;
  }
  // New built-in steps or texts change the packets already made: their cached copies must not be served.
  if (addedSteps + addedTexts > 0 && existing.size > 0) {
    await db.municipality.update({ where: { id: municipalityId }, data: { catalogueRevision: { increment: 1 }, catalogueUpdatedAt: now } });
  }
  return { steps: addedSteps, texts: addedTexts };
}

type TOffice = { id: string; name: string };

const officeFor = (name: string, offices: TOffice[]) => offices.find((candidate) => candidate.name.includes(name));

/** A step at one of the offices takes its place from the office itself (build-packet's whereOf); the text names only other places. */
function whereFields(where: TStepSeed["where"], office: TOffice | undefined, whereName: string | undefined) {
  if ("name" in where) return { whereName: whereName ?? (typeof where.name === "string" ? where.name : where.name.en), whereUrl: where.url };
  return { ...(office ? {} : { whereName: where.office }), whereUrl: where.url ?? null };
}
