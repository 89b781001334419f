import type { PrismaClient } from "@/lib/db-client";
import { isPacketLanguage, MASTER_LANGUAGE, type TSiteLanguage } from "@/lib/i18n/languages";
import { inPacketOrder } from "@/lib/steps/load-step-definitions";
import { STEP_TEXT_LIMITS } from "../schemas";
import { translationStatus } from "../translation-status";
import type { TTranslationUnit } from "./translation-units";

/** The fields of a step a translator translates; the rest of a step's place comes from the office or is data. */
const CATALOGUE_FIELDS = ["title", "body", "whereName"] as const;

/** The catalogue's translatable fields in `language` (none in a language no packet is written in). */
export async function catalogueUnits(db: PrismaClient, municipalityId: string, language: TSiteLanguage): Promise<TTranslationUnit[]> {
  if (!isPacketLanguage(language)) return [];
  const steps = await db.catalogueStep.findMany({
    where: { municipalityId },
    select: {
      id: true,
      key: true,
      section: true,
      position: true,
      texts: {
        where: { language: { in: [MASTER_LANGUAGE, language] } },
        select: { language: true, title: true, body: true, whereName: true, updatedAt: true, reviewedAt: true },
      },
    },
  });
  return inPacketOrder(steps).flatMap((step) => {
    const master = step.texts.find((text) => text.language === MASTER_LANGUAGE);
    if (!master) return [];
    const translation = step.texts.find((text) => text.language === language);
    return CATALOGUE_FIELDS.flatMap((field) => {
      const source = master[field];
      if (!source) return [];
      return [
        {
          file: "catalogue" as const,
          id: `${step.key}.${field}`,
          ownerId: step.id,
          ownerKey: step.key,
          ownerLabel: master.title,
          field,
          source,
          target: translation?.[field] ?? null,
          status: translationStatus(translation, master),
          isNew: !translation,
          requiredFields: ["title", "body"],
          isMultiline: field === "body",
          maxLength: STEP_TEXT_LIMITS[field],
        },
      ];
    });
  });
}
