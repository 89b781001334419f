import { getLocale, getTranslations } from "next-intl/server";
import { isSiteLanguage, type TSiteLanguage } from "@/lib/i18n/languages";
import { LEGAL_PAGES, legalPagePath } from "@/lib/legal/legal-pages";
import type { TMunicipalityContact } from "@/lib/municipalities/public-municipalities";
import { mailtoHref, telHref } from "@/lib/text/contact-hrefs";

/**
 * The page's foot: which municipality the page is about and how to reach it, when there is one, and
 * its accessibility statement and privacy notice (Danish law asks every public page to link them;
 * a page about no municipality links the list of every municipality's).
 * `locale` is named where no request tells it (a page rendered into a cache).
 */
export async function SiteFooter({
  municipality,
  locale: givenLocale,
}: {
  municipality?: (TMunicipalityContact & { slug: string }) | null;
  locale?: TSiteLanguage;
}) {
  const requested = givenLocale ?? (await getLocale());
  const locale: TSiteLanguage = isSiteLanguage(requested) ? requested : "da";
  const [t, common, legal] = await Promise.all([
    getTranslations({ locale, namespace: "footer" }),
    getTranslations({ locale, namespace: "common" }),
    getTranslations({ locale, namespace: "legalPages" }),
  ]);
  const legalHref = (page: (typeof LEGAL_PAGES)[number]) => (municipality ? legalPagePath(locale, municipality.slug, page) : `/${locale}/${page}`);
  return (
    <footer>
      <div className="footer">
        <div className="container">
          {municipality ? (
            <section className="footer-contact" aria-labelledby="footer-contact-heading">
              <h2 className="h5" id="footer-contact-heading">
                {common("municipality", { name: municipality.name })}
              </h2>
              <p>
                {municipality.addressLine}, {municipality.postalCode} {municipality.city}
                {municipality.phone ? (
                  <>
                    <br />
                    {t("phone")}:{" "}
                    <a href={telHref(municipality.phone)} dir="ltr">
                      {municipality.phone}
                    </a>
                  </>
                ) : null}
                {municipality.email ? (
                  <>
                    <br />
                    {t("email")}:{" "}
                    <a href={mailtoHref(municipality.email)} dir="ltr">
                      {municipality.email}
                    </a>
                  </>
                ) : null}
                {municipality.website ? (
                  <>
                    <br />
                    <a href={municipality.website} dir="ltr">
                      {municipality.website.replace(/^https?:\/\//, "")}
                    </a>
                  </>
                ) : null}
              </p>
            </section>
          ) : null}
          <nav aria-label={legal("footerNavigation")}>
            <ul className="unstyled-list footer-legal-links">
              {LEGAL_PAGES.map((page) => (
                <li key={page}>
                  <a href={legalHref(page)}>{legal(page === "accessibility" ? "accessibilityLink" : "privacyLink")}</a>
                </li>
              ))}
            </ul>
          </nav>
          <p>
            <strong>{common("appName")}</strong> · {t("about")}
          </p>
        </div>
      </div>
    </footer>
  );
}
