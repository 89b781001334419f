import { unstable_cache } from "next/cache";
import { getTranslations } from "next-intl/server";
import { renderScriptFreePage } from "@/components/document/script-free-page";
import { appUrl } from "@/lib/app-url";
import type { PrismaClient } from "@/lib/db-client";
import { PACKET_LANGUAGES, type TPacketLanguage } from "@/lib/i18n/languages";
import { listPublicMunicipalities } from "@/lib/municipalities/public-municipalities";
import type { TWelcomeTextLanguage } from "@/lib/welcome/general-welcome-texts";
import { getPublicMunicipality } from "@/lib/welcome/get-public-municipality";
import { PUBLIC_WELCOME_LIFETIME_SECONDS, PUBLIC_WELCOME_TAG } from "@/lib/welcome/public-welcome-freshness";
import { publicWelcomePath } from "@/lib/welcome/public-welcome-path";
import { PublicWelcomePage } from "./PublicWelcomePage";

const FRESHNESS = { tags: [PUBLIC_WELCOME_TAG], revalidate: PUBLIC_WELCOME_LIFETIME_SECONDS };

/** The slugs that have a public page, from the cache: an unknown slug is answered without a query, and never cached itself. */
export function cachedPublicSlugs(db: PrismaClient): Promise<string[]> {
  return unstable_cache(async () => (await listPublicMunicipalities(db)).map((municipality) => municipality.slug), ["public-welcome-slugs"], FRESHNESS)();
}

type TPublicPageKey = { locale: TPacketLanguage; slug: string; textLanguage: TWelcomeTextLanguage; textLanguageInPath: string[] };

/** A municipality's public page as HTML, from the cache (rendered at most once per lifetime per instance); null if it has none. */
export function cachedPublicWelcomeHtml(db: PrismaClient, key: TPublicPageKey): Promise<string | null> {
  const { locale, slug, textLanguage, textLanguageInPath } = key;
  return unstable_cache(
    async () => {
      const municipality = await getPublicMunicipality(db, slug);
      if (!municipality) return null;
      const t = await getTranslations({ locale, namespace: "publicWelcome" });
      const addressIn = (language: string | null) => `${appUrl()}${publicWelcomePath(language, slug, ...textLanguageInPath)}`;
      return renderScriptFreePage({
        locale,
        title: t("title", { municipality: municipality.name }),
        alternates: [
          ...PACKET_LANGUAGES.map((language) => ({ hrefLang: language, href: addressIn(language) })),
          // Without a language, the site picks one (next-intl's negotiation in proxy.ts).
          { hrefLang: "x-default", href: addressIn(null) },
        ],
        body: <PublicWelcomePage locale={locale} municipality={municipality} textLanguage={textLanguage} textLanguageInPath={textLanguageInPath} />,
      });
    },
    ["public-welcome-page", locale, slug, textLanguage, ...textLanguageInPath],
    FRESHNESS,
  )();
}
