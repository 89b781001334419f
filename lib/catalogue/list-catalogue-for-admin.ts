import type { PrismaClient } from "@/lib/db-client";
import type { Language } from "@/lib/generated/prisma/enums";
import { catalogueLanguagesFor, getOfferedLanguages } from "@/lib/municipalities/offered-languages";
import { inPacketOrder } from "@/lib/steps/load-step-definitions";
import { countStatuses, masterStatus, type TStatusCounts, type TTranslationStatus, translationStatus } from "./translation-status";

export type TCatalogueOverviewStep = {
  id: string;
  key: string;
  title: string;
  isActive: boolean;
  texts: { language: Language; status: TTranslationStatus; checkedOn: Date | null }[];
};

/** Every step of the administrator's municipality with the state of each of the given languages' text (the Danish master and the languages offered). */
export async function listCatalogueForAdmin(db: PrismaClient, options: { municipalityId: string; language: Language }): Promise<TCatalogueOverviewStep[]> {
  const catalogueLanguages = catalogueLanguagesFor(await getOfferedLanguages(db, options.municipalityId));
  const steps = await db.catalogueStep.findMany({
    where: { municipalityId: options.municipalityId },
    select: {
      id: true,
      key: true,
      section: true,
      position: true,
      isActive: true,
      texts: { select: { language: true, title: true, updatedAt: true, reviewedAt: true, checkedOn: true } },
    },
  });
  return inPacketOrder(steps).map((step) => {
    const byLanguage = new Map(step.texts.map((text) => [text.language, text]));
    const master = byLanguage.get("da");
    return {
      id: step.id,
      key: step.key,
      title: byLanguage.get(options.language)?.title ?? master?.title ?? step.key,
      isActive: step.isActive,
      texts: catalogueLanguages.map((language) => {
        const text = byLanguage.get(language);
        return { language, status: language === "da" ? masterStatus(text) : translationStatus(text, master), checkedOn: text?.checkedOn ?? null };
      }),
    };
  });
}

export type TLanguageSummary = { language: Language; counts: TStatusCounts };

/** Per language of the overview: how many of its texts are reviewed, not reviewed, out of date and missing (active steps). */
export function summarizeByLanguage(steps: readonly TCatalogueOverviewStep[]): TLanguageSummary[] {
  const languages = steps[0]?.texts.map((text) => text.language) ?? [];
  return languages.map((language) => ({
    language,
    counts: countStatuses(
      steps.filter((step) => step.isActive).flatMap((step) => step.texts.filter((text) => text.language === language).map((text) => text.status)),
    ),
  }));
}
