import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageNotFound } from "@/components/layout/PageNotFound";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { GeneralWelcomeText } from "@/components/welcome/GeneralWelcomeText";
import { db } from "@/lib/db";
import { localizedText } from "@/lib/i18n/localized-text";
import type { TLocale } from "@/lib/i18n/routing";
import { telHref } from "@/lib/text/contact-hrefs";
import { isWelcomeTextLanguage } from "@/lib/welcome/general-welcome-texts";
import { getPublicMunicipality } from "@/lib/welcome/get-public-municipality";
import { publicWelcomePath } from "@/lib/welcome/public-welcome-path";

// Rendered on every request (one query, no client JavaScript): an administrator's edit of the
// municipality shows at once on every app instance. Next's page cache is per instance, and an edit
// could only refresh the copy of the instance that saved it (docs/decisions/005).
export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ locale: TLocale; municipality: string; textLanguage?: string[] }> };

/** The municipality and the welcome text's language, or null for an unknown municipality or language. */
async function loadPage(params: TProps["params"]) {
  const { locale, municipality: slug, textLanguage: rest = [] } = await params;
  const textLanguage = rest.length === 0 ? locale : rest.length === 1 ? rest[0]! : "";
  if (!/^[a-z0-9-]{1,64}$/.test(slug) || !isWelcomeTextLanguage(textLanguage)) return { locale, page: null };
  const municipality = await getPublicMunicipality(db, slug);
  return { locale, page: municipality ? { municipality, textLanguage } : null };
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { locale, page } = await loadPage(params);
  if (!page) return { title: (await getTranslations({ locale, namespace: "notFound" }))("title") };
  const t = await getTranslations({ locale, namespace: "publicWelcome" });
  return { title: t("title", { municipality: page.municipality.name }) };
}

export default async function PublicWelcomePage({ params }: TProps) {
  const { locale, page } = await loadPage(params);
  setRequestLocale(locale);
  // Rendered here rather than by notFound(), whose page would be blank without JavaScript; the server answers 404.
  if (!page) return <PageNotFound asksFor404 />;
  const { municipality, textLanguage } = page;
  const [t, common] = await Promise.all([getTranslations("publicWelcome"), getTranslations("common")]);
  return (
    <>
      <SiteHeader homeHref={publicWelcomePath(locale, municipality.slug)} municipalityName={municipality.name} />
      <main id="main-content" className="container page-main">
        <h1>{t("title", { municipality: municipality.name })}</h1>
        <p className="font-lead">{t("intro", { municipality: common("municipality", { name: municipality.name }) })}</p>

        <GeneralWelcomeText municipality={municipality.name} slug={municipality.slug} pageLocale={locale} language={textLanguage} />

        <h2>{t("wayInTitle")}</h2>
        <p>{t("wayInText")}</p>
        <ul className="unstyled-list public-offices">
          {municipality.offices.map((office) => (
            <li key={office.name}>
              <h3 className="h4">{office.name}</h3>
              <p>
                {office.addressLine}, {office.postalCode} {office.city}
                {office.phone ? (
                  <>
                    <br />
                    {t("phone")}: <a href={telHref(office.phone)}>{office.phone}</a>
                  </>
                ) : null}
                {localizedText(office.openingHours, locale, { fallback: "da" }) ? (
                  <>
                    <br />
                    {t("openingHours")}: {localizedText(office.openingHours, locale, { fallback: "da" })}
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>

        <h2>{t("bringTitle")}</h2>
        <ul>
          <li>{t("bring.passport")}</li>
          <li>{t("bring.residence")}</li>
          <li>{t("bring.address")}</li>
          <li>{t("bring.family")}</li>
        </ul>
        <p>{t("bringNote")}</p>
      </main>
      <SiteFooter municipality={municipality} />
    </>
  );
}
