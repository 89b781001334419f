import type { PrismaClient } from "@/lib/db-client";
import { MASTER_LANGUAGE, type TSiteLanguage } from "@/lib/i18n/languages";
import { PUBLIC_PAGE_BLOCKS, PUBLIC_PAGE_TEXT_LIMITS } from "@/lib/welcome/public-page-blocks";
import { translationStatus } from "../translation-status";
import type { TTranslationUnit } from "./translation-units";

const FIELDS = ["title", "body"] as const;

/** The public page's translatable fields in `language` (lib/welcome/public-page-texts.ts), for the XLIFF file. */
export async function publicPageUnits(db: PrismaClient, municipalityId: string, language: TSiteLanguage): Promise<TTranslationUnit[]> {
  const rows = await db.publicPageText.findMany({
    where: { municipalityId, language: { in: [MASTER_LANGUAGE, language] } },
    select: { block: true, language: true, title: true, body: true, updatedAt: true, reviewedAt: true },
  });
  return PUBLIC_PAGE_BLOCKS.flatMap((block) => {
    const master = rows.find((row) => row.block === block && row.language === MASTER_LANGUAGE);
    if (!master) return [];
    const translation = rows.find((row) => row.block === block && row.language === language);
    return FIELDS.map((field) => ({
      file: "public-page" as const,
      id: `${block}.${field}`,
      ownerId: block,
      ownerKey: block,
      ownerLabel: master.title,
      field,
      source: master[field],
      target: translation?.[field] ?? null,
      status: translationStatus(translation, master),
      isNew: !translation,
      requiredFields: FIELDS,
      isMultiline: field === "body",
      maxLength: PUBLIC_PAGE_TEXT_LIMITS[field],
    }));
  });
}
