import { getTranslations } from "next-intl/server";
import type { TSiteLanguage } from "@/lib/i18n/languages";
import type { TLegalPageData } from "@/lib/legal/legal-pages";
import { mailtoHref, telHref } from "@/lib/text/contact-hrefs";
import { ContactLines } from "./LegalPageDocument";

/** The Danish Data Protection Agency, where a newcomer can complain about how their data is used. */
export const DATA_PROTECTION_COMPLAINT_URL = "https://www.datatilsynet.dk/";

const WHAT_WE_KEEP = ["person", "arrival", "household", "contact", "progress"] as const;

/**
 * The privacy notice (GDPR articles 13 and 14): who is responsible, the data protection officer,
 * what Ankomst keeps and why, who sees it, how long it is kept (the municipality's own periods, as
 * set), the newcomer's rights and where to complain.
 */
export async function PrivacyNotice({ locale, municipality }: { locale: TSiteLanguage; municipality: TLegalPageData }) {
  const t = await getTranslations({ locale, namespace: "legalPages.privacy" });
  const name = municipality.letterName;
  const hasDpo = Boolean(municipality.dpoName || municipality.dpoEmail || municipality.dpoPhone);
  return (
    <>
      <h1>{t("title", { municipality: name })}</h1>
      <p className="font-lead">{t("intro")}</p>
      <h2>{t("controllerHeading")}</h2>
      <p>{t("controller", { municipality: name })}</p>
      <ContactLines
        lines={[
          { text: name },
          { text: `${municipality.addressLine}, ${municipality.postalCode} ${municipality.city}` },
          municipality.phone ? { text: municipality.phone, href: telHref(municipality.phone) } : null,
          municipality.email ? { text: municipality.email, href: mailtoHref(municipality.email) } : null,
          municipality.website ? { text: municipality.website.replace(/^https?:\/\//, ""), href: municipality.website } : null,
        ]}
      />
      <h2>{t("dpoHeading")}</h2>
      {hasDpo ? (
        <>
          <p>{t("dpo")}</p>
          <ContactLines
            lines={[
              municipality.dpoName ? { text: municipality.dpoName } : null,
              municipality.dpoEmail ? { text: municipality.dpoEmail, href: mailtoHref(municipality.dpoEmail) } : null,
              municipality.dpoPhone ? { text: municipality.dpoPhone, href: telHref(municipality.dpoPhone) } : null,
            ]}
          />
        </>
      ) : (
        <p>{t("dpoMissing")}</p>
      )}
      <h2>{t("whatHeading")}</h2>
      <ul>
        {WHAT_WE_KEEP.map((item) => (
          <li key={item}>{t(`what.${item}`)}</li>
        ))}
      </ul>
      <h2>{t("whyHeading")}</h2>
      <p>{t("why")}</p>
      <h2>{t("recipientsHeading")}</h2>
      <p>{t("recipients")}</p>
      <h2>{t("retentionHeading")}</h2>
      <p>{t("retention", { months: municipality.retentionMonths, auditMonths: municipality.auditRetentionMonths })}</p>
      <h2>{t("rightsHeading")}</h2>
      <p>{t("rights")}</p>
      <p>{t("automated")}</p>
      <h2>{t("complaintHeading")}</h2>
      <p>{t("complaint")}</p>
      <p>
        <a href={DATA_PROTECTION_COMPLAINT_URL}>{t("complaintLink")}</a>
      </p>
    </>
  );
}
