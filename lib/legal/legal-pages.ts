import type { PrismaClient } from "@/lib/db-client";
import { PACKET_LANGUAGES, type TSiteLanguage } from "@/lib/i18n/languages";
import { MUNICIPALITY_CONTACT_SELECT } from "@/lib/municipalities/public-municipalities";
import { FALLBACK_LANGUAGES } from "@/lib/welcome/public-page-blocks";

/** The municipality's own parts of both pages, as stored. */
export const LEGAL_SETTINGS_SELECT = {
  accessibilityCompliance: true,
  accessibilityReviewedOn: true,
  accessibilityContactEmail: true,
  accessibilityIssues: true,
  dpoName: true,
  dpoEmail: true,
  dpoPhone: true,
} as const;

/** The two pages Danish law asks of a public site, each a municipality's own: their address segments. */
export const LEGAL_PAGES = ["accessibility", "privacy"] as const;
export type TLegalPage = (typeof LEGAL_PAGES)[number];

export const isLegalPage = (value: string | undefined): value is TLegalPage => (LEGAL_PAGES as readonly string[]).includes(value ?? "");

/** `/en/kommune/herning/accessibility`: beside the municipality's public welcome page, in any of the site's languages. */
export function legalPagePath(locale: TSiteLanguage, slug: string, page: TLegalPage): string {
  return `/${locale}/kommune/${encodeURIComponent(slug)}/${page}`;
}

/**
 * What a municipality's accessibility statement and privacy notice show: its contact, the parts its
 * administrator filled in, and its retention periods (the privacy notice states them as they are
 * set, so the page can never promise another period than the nightly run keeps). Never any person.
 */
export async function getLegalPageData(db: PrismaClient, slug: string, language: TSiteLanguage) {
  const row = await db.municipality.findUnique({
    where: { slug },
    select: {
      ...MUNICIPALITY_CONTACT_SELECT,
      slug: true,
      retentionMonths: true,
      auditRetentionMonths: true,
      ...LEGAL_SETTINGS_SELECT,
    },
  });
  if (!row) return null;
  const { accessibilityIssues, ...rest } = row;
  return { ...rest, knownIssues: issuesIn(accessibilityIssues, language) };
}

export type TLegalPageData = NonNullable<Awaited<ReturnType<typeof getLegalPageData>>>;

/** The known issues in the page's language, else English, else Danish (as the public page's texts fall back), with the language they are in. */
function issuesIn(stored: unknown, language: TSiteLanguage): { text: string; language: TSiteLanguage } | null {
  const byLanguage = (stored && typeof stored === "object" ? stored : {}) as Partial<Record<string, unknown>>;
  const candidates = [...PACKET_LANGUAGES.filter((packetLanguage) => packetLanguage === language), ...FALLBACK_LANGUAGES];
  for (const candidate of candidates) {
    const text = byLanguage[candidate];
    if (typeof text === "string" && text.trim() !== "") return { text, language: candidate };
  }
  return null;
}
