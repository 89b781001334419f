import type { PrismaClient } from "@/lib/db-client";
import type { Language } from "@/lib/generated/prisma/enums";
import { masterStatus, translationStatus } from "./translation-status";

const TEXT_FIELDS = {
  title: true,
  body: true,
  whereName: true,
  whereAddress: true,
  whereHours: true,
  wherePhone: true,
  whereUrl: true,
  sourceUrl: true,
  checkedOn: true,
  updatedAt: true,
  reviewedAt: true,
  language: true,
} as const;

/** One step of the administrator's municipality, with the text in `language` and its Danish master. */
export async function getStepForEditing(db: PrismaClient, options: { municipalityId: string; stepId: string; language: Language }) {
  const step = await db.catalogueStep.findFirst({
    where: { id: options.stepId, municipalityId: options.municipalityId },
    select: {
      id: true,
      key: true,
      place: { select: { name: true } },
      texts: { where: { language: { in: [options.language, "da"] } }, select: TEXT_FIELDS },
    },
  });
  if (!step) return null;
  const text = step.texts.find((candidate) => candidate.language === options.language) ?? null;
  const master = step.texts.find((candidate) => candidate.language === "da") ?? null;
  return {
    id: step.id,
    key: step.key,
    /** The office the step is done at: its address and hours come from there, not from the text. */
    placeName: step.place?.name ?? null,
    text,
    master: options.language === "da" ? null : master,
    status: options.language === "da" ? masterStatus(text ?? undefined) : translationStatus(text ?? undefined, master ?? undefined),
  };
}
