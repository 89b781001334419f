import { auditAs } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import { MASTER_LANGUAGE, type TSiteLanguage } from "@/lib/i18n/languages";
import type { TPublicPageBlock, TPublicPageText } from "./public-page-blocks";

/**
 * Saves one block of the public page in one language, audited. Written or saved by an
 * administrator, it counts as reviewed; a change of the Danish master makes the translations
 * "older than Danish" (lib/catalogue/translation-status.ts).
 */
export async function updatePublicPageText(
  db: PrismaClient,
  options: { user: TActingUser; block: TPublicPageBlock; language: TSiteLanguage; text: TPublicPageText; now?: Date },
): Promise<void> {
  const { user, block, language } = options;
  const now = options.now ?? new Date();
  // Named fields only: a caller's extra properties never reach the row.
  const data = { title: options.text.title, body: options.text.body, updatedAt: now, updatedById: user.id, reviewedAt: now, reviewedById: user.id };
  await db.$transaction(async (tx) => {
    await tx.publicPageText.upsert({
      where: { municipalityId_block_language: { municipalityId: user.municipalityId, block, language } },
      create: { ...data, municipalityId: user.municipalityId, block, language },
      update: data,
    });
    await auditAs(tx, user, { action: "public-page.update", entityType: "public-page", entityId: null, metadata: { block, language } });
  });
}

/**
 * An administrator confirms the page's translations in a language as read: one block, or all. It
 * changes no text; it clears "not yet reviewed" and "older than Danish". Audited.
 */
export async function markPublicPageTextsReviewed(
  db: PrismaClient,
  options: { user: TActingUser; language: TSiteLanguage; block?: TPublicPageBlock; now?: Date },
): Promise<{ reviewed: number }> {
  const { user, language, block } = options;
  if (language === MASTER_LANGUAGE) return { reviewed: 0 };
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const { count } = await tx.publicPageText.updateMany({
      where: { municipalityId: user.municipalityId, language, ...(block ? { block } : {}) },
      data: { reviewedAt: now, reviewedById: user.id },
    });
    if (count > 0) {
      await auditAs(tx, user, {
        action: "public-page.review",
        entityType: "public-page",
        entityId: null,
        metadata: { language, texts: count, ...(block ? { block } : {}) },
      });
    }
    return { reviewed: count };
  });
}
