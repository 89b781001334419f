import { auditAs } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import { MASTER_LANGUAGE, type TPacketLanguage } from "@/lib/i18n/languages";
import { translationStatus } from "./translation-status";

/**
 * An administrator confirms translations as read: one step's text in a language, or every text of
 * the language. It changes no text, so no packet: it clears "not yet reviewed" and, for a
 * translation checked against a changed Danish master, "older than Danish". Audited.
 */
export async function markTranslationsReviewed(
  db: PrismaClient,
  options: { user: TActingUser; language: TPacketLanguage; stepId?: string; now?: Date },
): Promise<{ reviewed: number }> {
  const { user, language, stepId } = options;
  if (language === MASTER_LANGUAGE) return { reviewed: 0 };
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    // Note: the municipality is in the where, so another municipality's step or texts are never touched.
    const { count } = await tx.catalogueStepText.updateMany({
      where: { language, step: { municipalityId: user.municipalityId, ...(stepId ? { id: stepId } : {}) } },
      data: { reviewedAt: now, reviewedById: user.id },
    });
    if (count > 0) {
      await auditAs(tx, user, {
        action: "catalogue.review",
        entityType: stepId ? "catalogue-step" : "catalogue",
        entityId: stepId ?? null,
        metadata: { language, texts: count },
      });
    }
    return { reviewed: count };
  });
}

/** The packet languages in which some active step's text is missing, out of date or not yet reviewed: the caseworker sees it when choosing. */
export async function languagesNotFullyReviewed(
  db: PrismaClient,
  municipalityId: string,
  languages: readonly TPacketLanguage[],
): Promise<Set<TPacketLanguage>> {
  const steps = await db.catalogueStep.findMany({
    where: { municipalityId, isActive: true },
    select: { texts: { select: { language: true, updatedAt: true, reviewedAt: true } } },
  });
  const notReviewed = new Set<TPacketLanguage>();
  for (const step of steps) {
    const master = step.texts.find((text) => text.language === MASTER_LANGUAGE);
    for (const language of languages) {
      if (language === MASTER_LANGUAGE) continue;
      if (
        translationStatus(
          step.texts.find((text) => text.language === language),
          master,
        ) !== "current"
      )
        notReviewed.add(language);
    }
  }
  return notReviewed;
}
