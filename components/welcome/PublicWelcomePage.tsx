import { getTranslations } from "next-intl/server";
import { LanguageLinks } from "@/components/layout/LanguageLinks";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { PACKET_LANGUAGES, type TPacketLanguage } from "@/lib/i18n/languages";
import { officeHoursIn } from "@/lib/municipalities/weekly-hours";
import { telHref } from "@/lib/text/contact-hrefs";
import type { TWelcomeTextLanguage } from "@/lib/welcome/general-welcome-texts";
import type { TPublicMunicipality } from "@/lib/welcome/get-public-municipality";
import { publicWelcomePath } from "@/lib/welcome/public-welcome-path";
import { GeneralWelcomeText } from "./GeneralWelcomeText";

type TPublicWelcomePageProps = {
  locale: TPacketLanguage;
  municipality: TPublicMunicipality;
  textLanguage: TWelcomeTextLanguage;
  /** The welcome text's language as the address names it (none when it is the page's own). */
  textLanguageInPath: string[];
};

/** A municipality's public welcome page: the general welcome text, its offices, what to bring. Without JavaScript. */
export async function PublicWelcomePage({ locale, municipality, textLanguage, textLanguageInPath }: TPublicWelcomePageProps) {
  const [t, common] = await Promise.all([getTranslations({ locale, namespace: "publicWelcome" }), getTranslations({ locale, namespace: "common" })]);
  return (
    <>
      <SiteHeader
        locale={locale}
        homeHref={publicWelcomePath(locale, municipality.slug)}
        municipalityName={municipality.name}
        languageSwitcher={
          <LanguageLinks current={locale} languages={PACKET_LANGUAGES} hrefOf={(other) => publicWelcomePath(other, municipality.slug, ...textLanguageInPath)} />
        }
      />
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
                    {t("phone")}:{" "}
                    <a href={telHref(office.phone)} dir="ltr">
                      {office.phone}
                    </a>
                  </>
                ) : null}
                {officeHoursIn(office, locale) ? (
                  <>
                    <br />
                    {t("openingHours")}: {officeHoursIn(office, locale)}
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
      <SiteFooter municipality={municipality} locale={locale} />
    </>
  );
}
