import { getTranslations } from "next-intl/server";
import { DateRangeFields } from "@/components/forms/DateRangeFields";
import type { TArrivalSearch } from "@/lib/arrivals/find-arrivals";
import { RESIDENCE_BASES } from "@/lib/arrivals/residence-basis";
import type { TCountryOption } from "@/lib/countries/country-options";

/** A plain GET form: results have their own URL and the search works without JavaScript. */
export async function ArrivalSearchForm({ search, countries, action }: { search: TArrivalSearch; countries: readonly TCountryOption[]; action: string }) {
  const [t, basis] = await Promise.all([getTranslations("arrivalSearch"), getTranslations("residenceBasis")]);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a <search> element is not yet announced by every screen reader DKFDS supports.
    <form method="get" action={action} role="search" className="arrival-search" aria-label={t("title")}>
      <div className="form-group">
        <label className="form-label" htmlFor="q">
          {t("query")}
        </label>
        <span className="form-hint" id="q-hint">
          {t("queryHint")}
        </span>
        <input className="form-input input-width-l" id="q" name="q" type="search" defaultValue={search.q ?? ""} aria-describedby="q-hint" />
      </div>
      <div className="search-filters">
        <DateRangeFields labels={{ from: t("from"), to: t("to") }} from={search.from} to={search.to} />
        <div className="form-group">
          <label className="form-label" htmlFor="basis">
            {t("basis")}
          </label>
          <select className="form-select" id="basis" name="basis" defaultValue={search.basis ?? ""}>
            <option value="">{t("any")}</option>
            {RESIDENCE_BASES.map((option) => (
              <option key={option} value={option}>
                {basis(option)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="nationality">
            {t("nationality")}
          </label>
          <select className="form-select" id="nationality" name="nationality" defaultValue={search.nationality ?? ""}>
            <option value="">{t("any")}</option>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t("submit")}
        </button>
        <a href={action} className="button button-tertiary">
          {t("clear")}
        </a>
      </div>
    </form>
  );
}
