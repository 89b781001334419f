import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PeriodForm } from "@/components/stats/PeriodForm";
import { StatSection } from "@/components/stats/StatSection";
import { Alert } from "@/components/ui/Alert";
import { requireUser } from "@/lib/auth/require-user";
import { toIsoDate } from "@/lib/dates/iso-date";
import { db } from "@/lib/db";
import { routing, type TLocale } from "@/lib/i18n/routing";
import { STAT_TABLES } from "@/lib/stats/dashboard";
import { createDashboardLabels } from "@/lib/stats/dashboard-labels";
import { loadDashboard } from "@/lib/stats/load-dashboard";
import { PERIOD_ERRORS, periodFromQuery, ZPeriodQuery } from "@/lib/stats/period";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("statistics"))("title") };
}

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Managers' dashboard: aggregates of their own municipality only, every count protected (decision 006). */
export default async function StatisticsPage({ params, searchParams }: TProps) {
  const user = await requireUser({ role: "MANAGER" });
  const { locale: requested } = await params;
  const locale: TLocale = (routing.locales as readonly string[]).includes(requested) ? (requested as TLocale) : routing.defaultLocale;
  const query = ZPeriodQuery.parse(await searchParams);
  const now = new Date();
  const { period, error } = periodFromQuery(query, now);
  const dashboard = await loadDashboard(db, { municipalityId: user.municipalityId, period, today: toIsoDate(now), language: locale });
  const labels = createDashboardLabels(locale);
  const common = await getTranslations("common");
  const { t } = labels;
  const shownQuery = error ? { period: "this-year" } : { period: query.period, ...(query.period === "custom" ? { from: period.from, to: period.to } : {}) };
  const csvHref = (id: string) => `/api/statistics/${id}?${new URLSearchParams({ ...shownQuery, locale })}`;
  const total = dashboard.tables.months.total!;
  const registered = dashboard.cpr.registered;
  const keyFigures = [
    { label: t("figures.arrivals"), counts: total },
    { label: t("figures.persons"), counts: dashboard.tables.persons.total! },
    ...dashboard.tables.events.rows.map((row) => ({ label: labels.row("events", row.key), counts: row.counts })),
    { label: t("figures.registered"), counts: registered },
  ];

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="font-lead">{t("intro", { municipality: common("municipality", { name: user.municipality.name }) })}</p>
      {error && (
        <Alert variant="error" role="alert">
          <p className="alert-text">
            {labels.periodError(error, toIsoDate(now))} {t("shownInstead")}
          </p>
        </Alert>
      )}
      <PeriodForm
        query={error ? query : { ...query, from: period.from, to: period.to }}
        labels={labels}
        action={`/${locale}/statistics`}
        error={error ? { field: PERIOD_ERRORS[error], text: labels.periodError(error, toIsoDate(now)) } : undefined}
      />
      <p className="stat-period" aria-live="polite">
        <strong>{t("periodLabel", { from: labels.day(period.from), to: labels.day(period.to) })}</strong>{" "}
        {dashboard.isCompared
          ? t("comparedWith", { from: labels.day(dashboard.earlierPeriod.from), to: labels.day(dashboard.earlierPeriod.to) })
          : t("notCompared")}
      </p>
      <p className="form-hint">{t("legendSuppressed")}</p>

      <section aria-labelledby="key-figures">
        <h2 id="key-figures">{t("keyFigures")}</h2>
        <dl className="stat-key-figures">
          {keyFigures.map((figure) => (
            <div key={figure.label} className="card">
              <dt className="card-content stat-key-label">{figure.label}</dt>
              <dd className="stat-key-numbers">
                <span className="stat-key-value">{labels.count(figure.counts.current)}</span>
                {dashboard.isCompared && (
                  <span className="stat-key-earlier">
                    {t("columns.earlier")}: {labels.count(figure.counts.earlier)}
                    {figure.counts.changePercent !== null && ` (${labels.change(figure.counts.changePercent)})`}
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      {STAT_TABLES.map((id) => (
        <StatSection key={id} dashboard={dashboard} id={id} labels={labels} csvHref={csvHref(id)} />
      ))}
    </>
  );
}
