import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/arrivals/Pagination";
import { AuditSearchForm } from "@/components/audit/AuditSearchForm";
import { isAuditEntityType } from "@/lib/audit/audit-actions";
import { actionLabelKey, auditSearchQuery, describeMetadata } from "@/lib/audit/audit-presentation";
import { AUDIT_EXPORT_LIMIT, searchAuditLog, ZAuditSearchSchema } from "@/lib/audit/search-audit-log";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import type { TLocale } from "@/lib/i18n/routing";
import { getDateFormatter } from "@/lib/i18n/server-formatter";
import { listMunicipalityUsers } from "@/lib/users/list-municipality-users";

type TProps = { params: Promise<{ locale: TLocale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auditLog"))("title") };
}

/** The administrator's view of the audit log: who read or changed whose data, searchable, exportable. */
export default async function AuditLogPage({ params, searchParams }: TProps) {
  const { locale } = await params;
  const user = await requireUser({ role: "ADMIN" });
  const raw = await searchParams;
  const search = ZAuditSearchSchema.parse(
    Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value || undefined])),
  );
  const [t, common, format, result, staff] = await Promise.all([
    getTranslations("auditLog"),
    getTranslations("common"),
    getDateFormatter(),
    searchAuditLog(db, { user, search }),
    listMunicipalityUsers(db, { municipalityId: user.municipalityId }),
  ]);
  const base = `/${locale}/admin/audit`;
  const entityLabel = (type: string) => (isAuditEntityType(type) ? t(`entityTypes.${type}`) : type);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="font-lead">{t("intro", { municipality: common("municipality", { name: user.municipality.name }) })}</p>
      <AuditSearchForm search={search} staff={staff} action={base} />
      <div className="page-title-row">
        <h2 className="h3" aria-live="polite">
          {t("resultCount", { count: result.total })}
        </h2>
        {result.total > 0 ? (
          <a href={`/api/audit?${auditSearchQuery(search)}&locale=${locale}`} className="button button-secondary" download>
            {t("exportCsv")}
          </a>
        ) : null}
      </div>
      {result.total > 0 ? <p className="form-hint">{t("exportNote", { limit: format.number(AUDIT_EXPORT_LIMIT) })}</p> : null}
      {result.total === 0 ? (
        <p>{t("noMatches")}</p>
      ) : (
        <>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1), so the keyboard can scroll it on a phone. */}
          {/* biome-ignore lint/a11y/useSemanticElements: a named group around a table, not a form's fieldset. */}
          <div className="table--responsive-scroll" tabIndex={0} role="group" aria-label={t("title")}>
            <table className="table table--zebra table--responsive-headers audit-table">
              <caption className="sr-only">{t("title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("when")}</th>
                  <th scope="col">{t("who")}</th>
                  <th scope="col">{t("what")}</th>
                  <th scope="col">{t("about")}</th>
                  <th scope="col">{t("details")}</th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((event) => {
                  const label = actionLabelKey(event.action);
                  return (
                    <tr key={String(event.id)}>
                      <td data-title={t("when")}>{format.dateTime(event.occurredAt, { dateStyle: "medium", timeStyle: "medium" })}</td>
                      <td data-title={t("who")}>
                        {event.actor ? (
                          <>
                            {event.actor.name}
                            {/* Colleagues with the same name are told apart. */}
                            <span className="audit-email">{event.actor.email}</span>
                          </>
                        ) : (
                          t("noStaff")
                        )}
                      </td>
                      <td data-title={t("what")}>{label ? t(label) : event.action}</td>
                      <td data-title={t("about")}>
                        {event.entityName ? (
                          <>
                            {t("entityNamed", { type: entityLabel(event.entityType), name: event.entityName })}
                            <span className="audit-email">{event.entityId}</span>
                          </>
                        ) : event.entityId ? (
                          t("entity", { type: entityLabel(event.entityType), id: event.entityId })
                        ) : (
                          entityLabel(event.entityType)
                        )}
                      </td>
                      <td className="audit-details" data-title={t("details")}>
                        {describeMetadata(event.metadata)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => `${base}?${auditSearchQuery(search, page)}`} />
    </>
  );
}
