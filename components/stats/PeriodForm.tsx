import { DateRangeFields } from "@/components/form/DateRangeFields";
import { RadioGroup } from "@/components/form/RadioGroup";
import type { TDashboardLabels } from "@/lib/stats/dashboard-labels";
import { PERIOD_PRESETS, type TPeriodQuery } from "@/lib/stats/period";

/** A plain GET form: every period has its own URL, and choosing one works without JavaScript. */
export function PeriodForm({
  query,
  labels,
  action,
  error,
}: {
  query: TPeriodQuery;
  labels: TDashboardLabels;
  action: string;
  /** A custom range not used: its message beside the date it is about. */
  error?: { field: "from" | "to"; text: string };
}) {
  const { t } = labels;
  return (
    <form method="get" action={action} className="stat-period-form" aria-label={t("periodHeading")}>
      <RadioGroup
        name="period"
        legend={t("periodPreset")}
        options={PERIOD_PRESETS.map((preset) => ({ value: preset, label: t(`presets.${preset}`) }))}
        defaultValue={query.period}
      />
      <div className="search-filters">
        <DateRangeFields
          idPrefix="period-"
          labels={{ from: t("from"), to: t("to") }}
          from={query.from}
          to={query.to}
          errors={error ? { [error.field]: error.text } : undefined}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t("show")}
        </button>
      </div>
    </form>
  );
}
