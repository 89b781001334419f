import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { XliffImportForm } from "@/components/catalogue/XliffImportForm";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { requireUser } from "@/lib/auth/require-user";
import { listCatalogueForAdmin, summarizeByLanguage } from "@/lib/catalogue/list-catalogue-for-admin";
import { addStatusCounts } from "@/lib/catalogue/translation-status";
import { db } from "@/lib/db";
import { MASTER_LANGUAGE } from "@/lib/i18n/languages";
import type { TLocale } from "@/lib/i18n/routing";
import { listPublicPageTextsForAdmin, summarizePublicPageByLanguage } from "@/lib/welcome/public-page-texts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalogue.xliff"))("title") };
}

type TProps = { params: Promise<{ locale: TLocale }>; searchParams: Promise<{ imported?: string }> };

/** The catalogue's and the public page's translations as XLIFF files: one to send to a translator per language, and the import of what comes back. */
export default async function CatalogueTranslationsPage({ params, searchParams }: TProps) {
  const [{ locale }, { imported }] = await Promise.all([params, searchParams]);
  const user = await requireUser({ role: "ADMIN" });
  const [t, catalogue] = await Promise.all([getTranslations("catalogue.xliff"), getTranslations("catalogue")]);
  const [steps, pageBlocks] = await Promise.all([
    listCatalogueForAdmin(db, { municipalityId: user.municipalityId, language: locale }),
    listPublicPageTextsForAdmin(db, user.municipalityId),
  ]);
  // Every language of the public page; the steps' texts count in the packet languages offered.
  const catalogueCounts = summarizeByLanguage(steps);
  const languages = summarizePublicPageByLanguage(pageBlocks)
    .filter((summary) => summary.language !== MASTER_LANGUAGE)
    .map(({ language, counts }) => {
      const steps = catalogueCounts.find((summary) => summary.language === language)?.counts;
      return { language, counts: steps ? addStatusCounts(counts, steps) : counts };
    });
  const importedCount = /^\d{1,5}$/.test(imported ?? "") ? Number(imported) : null;
  return (
    <>
      <BackLink href="/admin/catalogue">{catalogue("back")}</BackLink>
      <h1>{t("title")}</h1>
      <p className="font-lead">{t("intro")}</p>
      {importedCount !== null ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{t("imported", { count: importedCount })}</p>
        </Alert>
      ) : null}
      <h2>{t("exportHeading")}</h2>
      <table className="table table--responsive-headers">
        <thead>
          <tr>
            <th scope="col">{catalogue("languageColumn")}</th>
            <th scope="col">{catalogue("status.unreviewed")}</th>
            <th scope="col">{catalogue("status.outdated")}</th>
            <th scope="col">{catalogue("status.missing")}</th>
            <th scope="col">{t("fileColumn")}</th>
          </tr>
        </thead>
        <tbody>
          {languages.map(({ language, counts }) => (
            <tr key={language}>
              <th scope="row">{catalogue(`language.${language}`)}</th>
              <td data-title={catalogue("status.unreviewed")}>{counts.unreviewed}</td>
              <td data-title={catalogue("status.outdated")}>{counts.outdated}</td>
              <td data-title={catalogue("status.missing")}>{counts.missing}</td>
              <td data-title={t("fileColumn")}>
                <a href={`/api/catalogue/xliff?language=${language}`} download aria-label={`${t("download")}: ${catalogue(`language.${language}`)}`}>
                  {t("download")}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("importHeading")}</h2>
      <ClientMessages namespaces={["catalogue"]}>
        <XliffImportForm languages={languages.map(({ language }) => ({ value: language, label: catalogue(`language.${language}`) }))} />
      </ClientMessages>
    </>
  );
}
