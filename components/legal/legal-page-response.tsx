import { getTranslations } from "next-intl/server";
import { scriptFreePageResponse } from "@/components/document/script-free-page";
import type { PrismaClient } from "@/lib/db-client";
import type { TSiteLanguage } from "@/lib/i18n/languages";
import { getLegalPageData, type TLegalPage } from "@/lib/legal/legal-pages";
import { AccessibilityStatement } from "./AccessibilityStatement";
import { LegalPageDocument } from "./LegalPageDocument";
import { PrivacyNotice } from "./PrivacyNotice";

/**
 * A municipality's accessibility statement or privacy notice in one of the site's languages, sent
 * without JavaScript; null when there is no such municipality. Read fresh each time: an
 * administrator's change shows at once, and the page is small.
 */
export async function legalPageResponse(
  db: PrismaClient,
  { locale, slug, page }: { locale: TSiteLanguage; slug: string; page: TLegalPage },
): Promise<Response | null> {
  const municipality = await getLegalPageData(db, slug, locale);
  if (!municipality) return null;
  const t = await getTranslations({ locale, namespace: "legalPages" });
  const title = page === "accessibility" ? t("accessibility.title") : t("privacy.title", { municipality: municipality.letterName });
  return scriptFreePageResponse({
    locale,
    title: `${title} – ${municipality.letterName}`,
    body: (
      <LegalPageDocument locale={locale} page={page} municipality={municipality}>
        {page === "accessibility" ? (
          <AccessibilityStatement locale={locale} municipality={municipality} />
        ) : (
          <PrivacyNotice locale={locale} municipality={municipality} />
        )}
      </LegalPageDocument>
    ),
    headers: { "Cache-Control": "public, no-cache" },
  });
}
