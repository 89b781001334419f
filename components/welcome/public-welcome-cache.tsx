import { unstable_cache } from "next/cache";
import { getTranslations } from "next-intl/server";
import { renderScriptFreePage } from "@/components/document/script-free-page";
import { appUrl } from "@/lib/app-url";
import type { PrismaClient } from "@/lib/db-client";
import { PUBLIC_PAGE_LANGUAGES, type TSiteLanguage } from "@/lib/i18n/languages";
import { listPublicMunicipalities } from "@/lib/municipalities/public-municipalities";
import { getPublicMunicipality } from "@/lib/welcome/get-public-municipality";
import { fillMunicipality } from "@/lib/welcome/public-page-blocks";
import { PUBLIC_WELCOME_LIFETIME_SECONDS, PUBLIC_WELCOME_TAG } from "@/lib/welcome/public-welcome-freshness";
import { publicWelcomePath } from "@/lib/welcome/public-welcome-path";
import { PublicWelcomePage } from "./PublicWelcomePage";

const FRESHNESS = { tags: [PUBLIC_WELCOME_TAG], revalidate: PUBLIC_WELCOME_LIFETIME_SECONDS };

/** The slugs that have a public page, from the cache: an unknown slug is answered without a query, and never cached itself. */
export function cachedPublicSlugs(db: PrismaClient): Promise<string[]> {
  return unstable_cache(async () => (await listPublicMunicipalities(db)).map((municipality) => municipality.slug), ["public-welcome-slugs"], FRESHNESS)();
}

/** A municipality's public page in `locale` as HTML, from the cache (rendered at most once per lifetime per instance); null if it has none. */
export function cachedPublicWelcomeHtml(db: PrismaClient, { locale, slug }: { locale: TSiteLanguage; slug: string }): Promise<string | null> {
  return unstable_cache(
    async () => {
      const municipality = await getPublicMunicipality(db, slug, locale);
      if (!municipality) return null;
      const [t, common] = await Promise.all([getTranslations({ locale, namespace: "publicWelcome" }), getTranslations({ locale, namespace: "common" })]);
      const welcome = municipality.blocks.find((block) => block.block === "welcome");
      const addressIn = (language: string | null) => `${appUrl()}${publicWelcomePath(language, slug)}`;
      return renderScriptFreePage({
        locale,
        title: welcome ? fillMunicipality(welcome.title, municipality.name) : t("title", { municipality: municipality.name }),
        description: t("intro", { municipality: common("municipality", { name: municipality.name }) }),
        alternates: [
          ...PUBLIC_PAGE_LANGUAGES.map((language) => ({ hrefLang: language, href: addressIn(language) })),
          // Without a language, the site picks one (next-intl's negotiation in proxy.ts).
          { hrefLang: "x-default", href: addressIn(null) },
        ],
        body: <PublicWelcomePage locale={locale} municipality={municipality} />,
      });
    },
    ["public-welcome-page", locale, slug],
    FRESHNESS,
  )();
}
