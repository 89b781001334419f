import { getTranslations } from "next-intl/server";
import type { TSiteLanguage } from "@/lib/i18n/languages";
import type { TMunicipalityContact } from "@/lib/municipalities/public-municipalities";
import { mailtoHref, telHref } from "@/lib/text/contact-hrefs";

/** The page's foot: which municipality the page is about and how to reach it, when there is one. */
/** `locale` is named where no request tells it (a page rendered into a cache). */
export async function SiteFooter({ municipality, locale }: { municipality?: TMunicipalityContact | null; locale?: TSiteLanguage }) {
  const [t, common] = await Promise.all(
    locale
      ? [getTranslations({ locale, namespace: "footer" }), getTranslations({ locale, namespace: "common" })]
      : [getTranslations("footer"), getTranslations("common")],
  );
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
          <p>
            <strong>{common("appName")}</strong> · {t("about")}
          </p>
        </div>
      </div>
    </footer>
  );
}
