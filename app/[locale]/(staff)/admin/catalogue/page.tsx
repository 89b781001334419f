import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/Alert";
import { requireUser } from "@/lib/auth/require-user";
import { listCatalogueForAdmin } from "@/lib/catalogue/list-catalogue-for-admin";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import type { TLocale } from "@/lib/i18n/routing";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalogue"))("title") };
}

export default async function CataloguePage({ params }: { params: Promise<{ locale: TLocale }> }) {
  const { locale } = await params;
  const user = await requireUser({ role: "ADMIN" });
  const [t, format, rules] = await Promise.all([getTranslations("catalogue"), getFormatter(), getTranslations("stepRules.page")]);
  const steps = await listCatalogueForAdmin(db, { municipalityId: user.municipalityId, language: locale });
  const outdatedCount = steps.flatMap((step) => step.texts).filter((text) => text.status !== "current").length;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="font-lead">{t("intro")}</p>
      <p>
        <Link href="/admin/catalogue/new" className="button button-secondary">
          {rules("add")}
        </Link>
      </p>
      {outdatedCount > 0 ? (
        <Alert variant="warning">
          <p className="alert-text">{t("needsAttention", { count: outdatedCount })}</p>
        </Alert>
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
                          <span className={`badge badge-${text.status === "current" ? "success" : "warning"}`}>{t(`status.${text.status}`)}</span>
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
