import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MarkReviewedForm } from "@/components/catalogue/MarkReviewedForm";
import { ReviewNotices } from "@/components/catalogue/ReviewNotices";
import { TranslationStatusBadge } from "@/components/catalogue/TranslationStatusBadge";
import { requireUser } from "@/lib/auth/require-user";
import { listCatalogueForAdmin, summarizeByLanguage } from "@/lib/catalogue/list-catalogue-for-admin";
import { TRANSLATION_STATUSES } from "@/lib/catalogue/translation-status";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import type { TLocale } from "@/lib/i18n/routing";
import { getDateFormatter } from "@/lib/i18n/server-formatter";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalogue"))("title") };
}

type TProps = { params: Promise<{ locale: TLocale }>; searchParams: Promise<{ reviewed?: string }> };

export default async function CataloguePage({ params, searchParams }: TProps) {
  const { locale } = await params;
  const user = await requireUser({ role: "ADMIN" });
  const [t, format, rules, { reviewed }] = await Promise.all([
    getTranslations("catalogue"),
    getDateFormatter(),
    getTranslations("stepRules.page"),
    searchParams,
  ]);
  const steps = await listCatalogueForAdmin(db, { municipalityId: user.municipalityId, language: locale });
  const outdatedCount = steps
    .filter((step) => step.isActive)
    .flatMap((step) => step.texts)
    .filter((text) => text.status !== "current").length;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="font-lead">{t("intro")}</p>
      <p>
        <Link href="/admin/catalogue/new" className="button button-secondary">
          {rules("add")}
        </Link>{" "}
        <Link href="/admin/catalogue/translations" className="button button-secondary">
          {t("translationsLink")}
        </Link>{" "}
        <Link href="/admin/catalogue/public-page" className="button button-secondary">
          {t("publicPageLink")}
        </Link>
      </p>
      <ReviewNotices reviewed={reviewed} needingAttention={outdatedCount} />
      {steps.length > 0 ? (
        <>
          <h2>{t("byLanguage")}</h2>
          <table className="table table--responsive-headers">
            <thead>
              <tr>
                <th scope="col">{t("languageColumn")}</th>
                {TRANSLATION_STATUSES.map((status) => (
                  <th scope="col" key={status}>
                    {t(`status.${status}`)}
                  </th>
                ))}
                <th scope="col">{t("actionsColumn")}</th>
              </tr>
            </thead>
            <tbody>
              {summarizeByLanguage(steps).map(({ language, counts }) => (
                <tr key={language}>
                  <th scope="row">{t(`language.${language}`)}</th>
                  {TRANSLATION_STATUSES.map((status) => (
                    <td key={status} data-title={t(`status.${status}`)}>
                      {counts[status]}
                    </td>
                  ))}
                  <td data-title={t("actionsColumn")}>
                    {language !== "da" && counts.unreviewed + counts.outdated > 0 ? (
                      <MarkReviewedForm
                        fields={{ language }}
                        locale={locale}
                        label={t("markAllReviewed")}
                        accessibleName={`${t("markAllReviewed")}: ${t(`language.${language}`)}`}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {steps.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("step")}</th>
                <th scope="col">{t("languages")}</th>
                <th scope="col">{rules("rules")}</th>
              </tr>
            </thead>
            <tbody>
              {steps.map((step) => (
                <tr key={step.id}>
                  <th scope="row">
                    {step.title}
                    {step.isActive ? null : (
                      <>
                        {" "}
                        <span className="badge badge-warning">{rules("off")}</span>
                      </>
                    )}
                  </th>
                  <td>
                    <ul className="unstyled-list">
                      {step.texts.map((text) => (
                        <li key={text.language}>
                          <Link href={`/admin/catalogue/${step.id}/${text.language}`}>{t(`language.${text.language}`)}</Link>{" "}
                          <TranslationStatusBadge status={text.status} label={t(`status.${text.status}`)} />
                          {text.checkedOn ? ` · ${t("checkedOn", { date: format.dateTime(text.checkedOn, { dateStyle: "medium", timeZone: "UTC" }) })}` : null}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <Link href={`/admin/catalogue/${step.id}`} aria-label={`${rules("rules")}: ${step.title}`}>
                      {rules("rules")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
