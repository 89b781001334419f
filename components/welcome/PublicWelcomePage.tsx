import { getTranslations } from "next-intl/server";
import { LanguageLinks } from "@/components/layout/LanguageLinks";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { PUBLIC_PAGE_LANGUAGES, type TSiteLanguage } from "@/lib/i18n/languages";
import { officeHoursIn } from "@/lib/municipalities/weekly-hours";
import { telHref } from "@/lib/text/contact-hrefs";
import type { TPublicMunicipality } from "@/lib/welcome/get-public-municipality";
import { FALLBACK_LANGUAGES } from "@/lib/welcome/public-page-blocks";
import { publicWelcomePath } from "@/lib/welcome/public-welcome-path";
import { PublicPageBlock } from "./PublicPageBlock";

type TPublicWelcomePageProps = { locale: TSiteLanguage; municipality: TPublicMunicipality };

/**
 * A municipality's public welcome page, all in the page's language: the welcome, the way in through
 * Citizen Service with its offices, what to bring, where to get help (texts the municipality
 * writes, lib/welcome/public-page-texts.ts), and the page's own words (messages). Without JavaScript.
 */
export async function PublicWelcomePage({ locale, municipality }: TPublicWelcomePageProps) {
  const [t, common] = await Promise.all([getTranslations({ locale, namespace: "publicWelcome" }), getTranslations({ locale, namespace: "common" })]);
  const blockProps = { municipality: municipality.name, pageLanguage: locale };
  return (
    <>
      <SiteHeader
        locale={locale}
        homeHref={publicWelcomePath(locale, municipality.slug)}
        municipalityName={municipality.name}
        languageSwitcher={<LanguageLinks current={locale} languages={PUBLIC_PAGE_LANGUAGES} hrefOf={(other) => publicWelcomePath(other, municipality.slug)} />}
      />
      <main id="main-content" className="container page-main public-welcome">
        {municipality.blocks.some((block) => block.block === "welcome") ? null : (
          // A municipality whose page texts are not seeded yet still gets a heading.
          <h1>{t("title", { municipality: municipality.name })}</h1>
        )}
        {municipality.blocks.map((block) =>
          block.block === "welcome" ? (
            <PublicPageBlock
              key={block.block}
              block={block}
              heading="h1"
              {...blockProps}
              lead={<p className="font-lead">{t("intro", { municipality: common("municipality", { name: municipality.name }) })}</p>}
            />
          ) : (
            <PublicPageBlock key={block.block} block={block} heading="h2" {...blockProps}>
              {block.block === "way-in" ? (
                <OfficeList locale={locale} municipality={municipality} labels={{ phone: t("phone"), hours: t("openingHours") }} />
              ) : null}
            </PublicPageBlock>
          ),
        )}
      </main>
      <SiteFooter municipality={municipality} locale={locale} />
    </>
  );
}

function OfficeList({ locale, municipality, labels }: { locale: TSiteLanguage; municipality: TPublicMunicipality; labels: { phone: string; hours: string } }) {
  return (
    <ul className="unstyled-list public-offices">
      {municipality.offices.map((office) => {
        // An office's note ("self-service") is written in the packet languages: English before Danish here too.
        const hours = officeHoursIn(office, locale, FALLBACK_LANGUAGES);
        return (
          <li key={office.name}>
            <h3 className="h4">{office.name}</h3>
            <p>
              {office.addressLine}, {office.postalCode} {office.city}
              {office.phone ? (
                <>
                  <br />
                  {labels.phone}:{" "}
                  <a href={telHref(office.phone)} dir="ltr">
                    {office.phone}
                  </a>
                </>
              ) : null}
              {hours ? (
                <>
                  <br />
                  {labels.hours}: {hours}
                </>
              ) : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
