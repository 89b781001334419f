import { DateRangeFields } from "@/components/form/DateRangeFields";
import type { TDashboardLabels } from "@/lib/stats/dashboard-labels";
import { PERIOD_PRESETS, type TPeriodQuery } from "@/lib/stats/period";

/** A plain GET form: every period has its own URL, and choosing one works without JavaScript. */
export function PeriodForm({ query, labels, action }: { query: TPeriodQuery; labels: TDashboardLabels; action: string }) {
  const { t } = labels;
  return (
    <form method="get" action={action} className="stat-period-form" aria-label={t("periodHeading")}>
      <fieldset className="form-group">
        <legend className="form-label">{t("periodPreset")}</legend>
        {PERIOD_PRESETS.map((preset) => (
          <div className="form-group-radio" key={preset}>
            <input className="form-radio" type="radio" id={`period-${preset}`} name="period" value={preset} defaultChecked={query.period === preset} />
            <label htmlFor={`period-${preset}`}>{t(`presets.${preset}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="search-filters">
        <DateRangeFields idPrefix="period-" labels={{ from: t("from"), to: t("to") }} from={query.from} to={query.to} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t("show")}
        </button>
      </div>
    </form>
  );
}
