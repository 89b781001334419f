import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import type { TSiteLanguage } from "@/lib/i18n/languages";
import { legalPagePath, type TLegalPage } from "@/lib/legal/legal-pages";

/** Each municipality's accessibility statement or privacy notice, for the pages that are about no municipality (the front page, signing in). */
export async function LegalPageIndex({
  locale,
  page,
  municipalities,
}: {
  locale: TSiteLanguage;
  page: TLegalPage;
  municipalities: { name: string; slug: string }[];
}) {
  const [t, common] = await Promise.all([getTranslations({ locale, namespace: "legalPages" }), getTranslations({ locale, namespace: "common" })]);
  return (
    <>
      <SiteHeader homeHref={`/${locale}`} />
      <main id="main-content" className="container page-main">
        <h1>{t(page === "accessibility" ? "index.accessibilityTitle" : "index.privacyTitle")}</h1>
        {municipalities.length === 0 ? (
          <p>{t("index.none")}</p>
        ) : (
          <>
            <p>{t("index.intro")}</p>
            <ul>
              {municipalities.map((municipality) => (
                <li key={municipality.slug}>
                  <a href={legalPagePath(locale, municipality.slug, page)}>{common("municipality", { name: municipality.name })}</a>
                </li>
              ))}
            </ul>
          </>
        )}
      </main>
      <SiteFooter />
    </>
  );
}
