import type { PrismaClient } from "@/lib/db-client";
import type { TSiteLanguage } from "@/lib/i18n/languages";
import { MUNICIPALITY_CONTACT_SELECT } from "@/lib/municipalities/public-municipalities";
import { blocksForPage, languagesForPage, type TPageBlock } from "./public-page-texts";

/** What the public welcome page in `language` shows: the municipality, its offices and its page's texts, never any person. */
export async function getPublicMunicipality(db: PrismaClient, slug: string, language: TSiteLanguage) {
  const municipality = await db.municipality.findUnique({
    where: { slug },
    select: {
      ...MUNICIPALITY_CONTACT_SELECT,
      slug: true,
      offices: {
        where: { kind: "LOCAL" },
        orderBy: { position: "asc" },
        select: { name: true, addressLine: true, postalCode: true, city: true, phone: true, email: true, openingHours: true, weeklyHours: true },
      },
      publicPageTexts: { where: { language: { in: languagesForPage(language) } }, select: { block: true, language: true, title: true, body: true } },
    },
  });
  if (!municipality) return null;
  const { publicPageTexts, ...rest } = municipality;
  return { ...rest, blocks: blocksForPage(publicPageTexts as TPageBlock[], language) };
}

export type TPublicMunicipality = NonNullable<Awaited<ReturnType<typeof getPublicMunicipality>>>;
