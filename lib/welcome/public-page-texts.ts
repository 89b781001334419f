import { countStatuses, masterStatus, type TStatusCounts, type TTranslationStatus, translationStatus } from "@/lib/catalogue/translation-status";
import type { PrismaClient } from "@/lib/db-client";
import { LANGUAGES, MASTER_LANGUAGE, PUBLIC_PAGE_LANGUAGES, type TSiteLanguage } from "@/lib/i18n/languages";
import { DEFAULT_PUBLIC_PAGE_TEXTS, FALLBACK_LANGUAGES, PUBLIC_PAGE_BLOCKS, type TPublicPageBlock, type TPublicPageText } from "./public-page-blocks";

/**
 * Gives a municipality the public page's texts Ankomst ships, in every page language it lacks one
 * in (never replacing a text an administrator wrote). Those not checked before shipping are stored
 * unreviewed, as the catalogue's. Run at every start (scripts/db/data-backfills.ts).
 */
export async function seedPublicPageTexts(db: PrismaClient, municipalityId: string, options: { now?: Date } = {}): Promise<{ texts: number }> {
  const now = options.now ?? new Date();
  const existing = new Set(
    (await db.publicPageText.findMany({ where: { municipalityId }, select: { block: true, language: true } })).map((row) => `${row.block}:${row.language}`),
  );
  const missing = PUBLIC_PAGE_LANGUAGES.flatMap((language) =>
    PUBLIC_PAGE_BLOCKS.filter((block) => !existing.has(`${block}:${language}`)).map((block) => ({
      municipalityId,
      block,
      language,
      ...DEFAULT_PUBLIC_PAGE_TEXTS[language][block],
      reviewedAt: LANGUAGES[language].isShippedReviewed ? now : null,
    })),
  );
  // A page being seeded by another instance at the same start: the unique key keeps one of each.
  const { count } = await db.publicPageText.createMany({ data: missing, skipDuplicates: true });
  return { texts: count };
}

export type TPageBlock = TPublicPageText & { block: TPublicPageBlock; language: TSiteLanguage };

/**
 * The blocks the page shows in `language`, each in that language or, where the municipality has no
 * text in it, in the first fallback it has (the block then carries its own `lang`).
 */
export function blocksForPage(rows: readonly TPageBlock[], language: TSiteLanguage): TPageBlock[] {
  return PUBLIC_PAGE_BLOCKS.flatMap((block) => {
    const found = [language, ...FALLBACK_LANGUAGES].map((candidate) => rows.find((row) => row.block === block && row.language === candidate)).find(Boolean);
    return found ? [found] : [];
  });
}

/** What the page in `language` needs of the texts: its own and the fallbacks'. */
export const languagesForPage = (language: TSiteLanguage): TSiteLanguage[] => [...new Set([language, ...FALLBACK_LANGUAGES])];

export type TPublicPageOverviewBlock = { block: TPublicPageBlock; title: string; texts: { language: TSiteLanguage; status: TTranslationStatus }[] };

/** Every block with the state of its text in every page language: the Danish master and its translations. */
export async function listPublicPageTextsForAdmin(db: PrismaClient, municipalityId: string): Promise<TPublicPageOverviewBlock[]> {
  const rows = await db.publicPageText.findMany({
    where: { municipalityId },
    select: { block: true, language: true, title: true, updatedAt: true, reviewedAt: true },
  });
  return PUBLIC_PAGE_BLOCKS.map((block) => {
    const byLanguage = new Map(rows.filter((row) => row.block === block).map((row) => [row.language as TSiteLanguage, row]));
    const master = byLanguage.get(MASTER_LANGUAGE);
    return {
      block,
      title: master?.title ?? block,
      texts: PUBLIC_PAGE_LANGUAGES.map((language) => {
        const text = byLanguage.get(language);
        return { language, status: language === MASTER_LANGUAGE ? masterStatus(text) : translationStatus(text, master) };
      }),
    };
  });
}

/** One block in one language with its Danish master, for the edit page; null for a block that does not exist. */
export async function getPublicPageTextForEditing(db: PrismaClient, options: { municipalityId: string; block: TPublicPageBlock; language: TSiteLanguage }) {
  const rows = await db.publicPageText.findMany({
    where: { municipalityId: options.municipalityId, block: options.block, language: { in: [MASTER_LANGUAGE, options.language] } },
    select: { language: true, title: true, body: true, updatedAt: true, reviewedAt: true },
  });
  const master = rows.find((row) => row.language === MASTER_LANGUAGE);
  const text = rows.find((row) => row.language === options.language);
  const status = options.language === MASTER_LANGUAGE ? masterStatus(text) : translationStatus(text, master);
  return { text: text ?? null, master: options.language === MASTER_LANGUAGE ? null : (master ?? null), status };
}

/** Per language of the page: how many of its blocks are reviewed, not reviewed, out of date and missing. */
export function summarizePublicPageByLanguage(blocks: readonly TPublicPageOverviewBlock[]): { language: TSiteLanguage; counts: TStatusCounts }[] {
  return PUBLIC_PAGE_LANGUAGES.map((language) => ({
    language,
    counts: countStatuses(blocks.flatMap((block) => block.texts.filter((text) => text.language === language).map((text) => text.status))),
  }));
}
