import { getTranslations } from "next-intl/server";
import { answerOrUnavailable, scriptFreePageResponse } from "@/components/document/script-free-page";
import { PageNotFound } from "@/components/layout/PageNotFound";
import { legalPageResponse } from "@/components/legal/legal-page-response";
import { cachedPublicSlugs, cachedPublicWelcomeHtml } from "@/components/welcome/public-welcome-cache";
import { db } from "@/lib/db";
import { isSiteLanguage, type TSiteLanguage } from "@/lib/i18n/languages";
import { isLegalPage } from "@/lib/legal/legal-pages";
import { htmlResponse } from "@/lib/net/html-page-response";
import { movedPublicWelcomePath } from "@/lib/welcome/public-welcome-path";

// Kept in Next's response cache for 3 s per address (PUBLIC_WELCOME_LIFETIME_SECONDS; a literal, as Next reads it at build).
export const revalidate = 3;
// None built ahead: each address is rendered when first asked for, then kept.
export function generateStaticParams() {
  return [];
}

type TContext = { params: Promise<{ locale: string; municipality: string; textLanguage?: string[] }> };

/**
 * A municipality's public welcome page in one of the site's languages: sent without JavaScript,
 * served from Next's cache and rendered again when an administrator's edit expires it or after a few
 * seconds (lib/welcome/public-welcome-freshness.ts). An address that named the welcome text's
 * language after the page's (before the whole page was translated) is redirected to that language's page.
 * Beside it, the municipality's accessibility statement and privacy notice (`…/accessibility`, `…/privacy`).
 */
export async function GET(_request: Request, { params }: TContext) {
  const { locale, municipality: slug, textLanguage = [] } = await params;
  if (!isSiteLanguage(locale)) return new Response("Not found", { status: 404 });
  return answerOrUnavailable(locale, async () => {
    const isKnown = /^[a-z0-9-]{1,64}$/.test(slug) && (await cachedPublicSlugs(db)).includes(slug);
    const [page] = textLanguage;
    if (isKnown && textLanguage.length === 1 && isLegalPage(page)) {
      return (await legalPageResponse(db, { locale, slug, page })) ?? notFoundResponse(locale);
    }
    const moved = movedPublicWelcomePath(locale, slug, textLanguage, isSiteLanguage);
    if (isKnown && moved && textLanguage.length > 0) {
      return new Response(null, { status: 308, headers: { Location: moved, "Cache-Control": "no-store" } });
    }
    const html = isKnown && textLanguage.length === 0 ? await cachedPublicWelcomeHtml(db, { locale, slug }) : null;
    // Shared caches may keep the page, but must ask again each time: an edit shows within seconds.
    return html === null ? notFoundResponse(locale) : htmlResponse(html, { headers: { "Cache-Control": "public, no-cache" } });
  });
}

async function notFoundResponse(locale: TSiteLanguage): Promise<Response> {
  const t = await getTranslations({ locale, namespace: "notFound" });
  return scriptFreePageResponse({ locale, title: t("title"), body: <PageNotFound locale={locale} />, status: 404, headers: { "Cache-Control": "no-store" } });
}
