import { getTranslations } from "next-intl/server";
import { appUrl } from "@/lib/app-url";
import { dateFormatterFor } from "@/lib/i18n/formatter";
import { type TSiteLanguage, textDirection } from "@/lib/i18n/languages";
import type { TLegalPageData } from "@/lib/legal/legal-pages";
import { mailtoHref, telHref } from "@/lib/text/contact-hrefs";
import { paragraphsOf } from "@/lib/text/paragraphs";
import { ContactLines } from "./LegalPageDocument";

/** Where the Agency for Digital Government takes complaints about a public site's accessibility (its WAS-Tool). */
export const ACCESSIBILITY_COMPLAINT_URL = "https://www.was.digst.dk/";

/**
 * The accessibility statement, laid out as the Agency for Digital Government's WAS-Tool publishes
 * them: compliance status, what is not accessible, how the statement was made, feedback, complaints.
 */
export async function AccessibilityStatement({ locale, municipality }: { locale: TSiteLanguage; municipality: TLegalPageData }) {
  const t = await getTranslations({ locale, namespace: "legalPages.accessibility" });
  const name = municipality.letterName;
  const issues = municipality.knownIssues;
  const contactEmail = municipality.accessibilityContactEmail ?? municipality.email;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="font-lead">{t("intro", { municipality: name, site: new URL(appUrl()).host })}</p>
      <h2>{t("statusHeading")}</h2>
      <p>{t("status", { compliance: municipality.accessibilityCompliance })}</p>
      <h2>{t("issuesHeading")}</h2>
      {issues ? (
        <div {...(issues.language === locale ? {} : { lang: issues.language, dir: textDirection(issues.language) })}>
          {paragraphsOf(issues.text).map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
      ) : (
        <p>{t("noIssues")}</p>
      )}
      <h2>{t("preparedHeading")}</h2>
      <p>
        {t("prepared", { municipality: name })}{" "}
        {municipality.accessibilityReviewedOn
          ? t("reviewed", { date: dateFormatterFor(locale).dateTime(municipality.accessibilityReviewedOn, { dateStyle: "long", timeZone: "UTC" }) })
          : t("notReviewed")}
      </p>
      <h2>{t("feedbackHeading")}</h2>
      <p>{t("feedback")}</p>
      <ContactLines
        lines={[
          { text: name },
          contactEmail ? { text: contactEmail, href: mailtoHref(contactEmail) } : null,
          municipality.phone ? { text: municipality.phone, href: telHref(municipality.phone) } : null,
        ]}
      />
      <h2>{t("complaintHeading")}</h2>
      <p>{t("complaint")}</p>
      <p>
        <a href={ACCESSIBILITY_COMPLAINT_URL}>{t("complaintLink")}</a>
      </p>
    </>
  );
}
