import { getTranslations } from "next-intl/server";
import { answerOrUnavailable, scriptFreePageResponse } from "@/components/document/script-free-page";
import { PageNotFound } from "@/components/layout/PageNotFound";
import { cachedPublicSlugs, cachedPublicWelcomeHtml } from "@/components/welcome/public-welcome-cache";
import { db } from "@/lib/db";
import { isPacketLanguage } from "@/lib/i18n/languages";
import { htmlResponse } from "@/lib/net/html-page-response";
import { isWelcomeTextLanguage } from "@/lib/welcome/general-welcome-texts";

// Kept in Next's response cache for 3 s per address (PUBLIC_WELCOME_LIFETIME_SECONDS; a literal, as Next reads it at build).
export const revalidate = 3;
// None built ahead: each address is rendered when first asked for, then kept.
export function generateStaticParams() {
  return [];
}

type TContext = { params: Promise<{ locale: string; municipality: string; textLanguage?: string[] }> };

/**
 * A municipality's public welcome page, in the page's language and (when the address names one) the
 * welcome text's: sent without JavaScript, served from Next's cache and rendered again when an
 * administrator's edit expires it or after a few seconds (lib/welcome/public-welcome-freshness.ts).
 */
export async function GET(_request: Request, { params }: TContext) {
  const { locale, municipality: slug, textLanguage: textLanguageInPath = [] } = await params;
  if (!isPacketLanguage(locale)) return new Response("Not found", { status: 404 });
  return answerOrUnavailable(locale, async () => {
    const textLanguage = textLanguageInPath.length === 0 ? locale : textLanguageInPath.length === 1 ? textLanguageInPath[0]! : "";
    const html =
      /^[a-z0-9-]{1,64}$/.test(slug) && isWelcomeTextLanguage(textLanguage) && (await cachedPublicSlugs(db)).includes(slug)
        ? await cachedPublicWelcomeHtml(db, { locale, slug, textLanguage, textLanguageInPath })
        : null;
    if (html === null) {
      const t = await getTranslations({ locale, namespace: "notFound" });
      return scriptFreePageResponse({
        locale,
        title: t("title"),
        body: <PageNotFound locale={locale} />,
        status: 404,
        headers: { "Cache-Control": "no-store" },
      });
    }
    // Shared caches may keep it, but must ask again each time: an edit shows within seconds.
    return htmlResponse(html, { headers: { "Cache-Control": "public, no-cache" } });
  });
}
