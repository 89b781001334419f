import { auditAs } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import { MASTER_LANGUAGE, type TPacketLanguage } from "@/lib/i18n/languages";
import { listCatalogueForAdmin, summarizeByLanguage } from "./list-catalogue-for-admin";

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

/** The offered languages in which some active step's text is missing, out of date or not yet reviewed: the caseworker sees it when choosing. */
export async function languagesNotFullyReviewed(db: PrismaClient, municipalityId: string): Promise<Set<TPacketLanguage>> {
  const summaries = summarizeByLanguage(await listCatalogueForAdmin(db, { municipalityId, language: MASTER_LANGUAGE }));
  return new Set(
    summaries
      .filter(({ language, counts }) => language !== MASTER_LANGUAGE && counts.unreviewed + counts.outdated + counts.missing > 0)
      .map(({ language }) => language as TPacketLanguage),
  );
}
