import { getTranslations } from "next-intl/server";
import { CheckboxField } from "@/components/form/CheckboxField";
import { DateRangeFields } from "@/components/form/DateRangeFields";
import { InputField } from "@/components/form/InputField";
import { SelectField } from "@/components/form/SelectField";
import type { TArrivalSearch } from "@/lib/arrivals/find-arrivals";
import { RESIDENCE_BASES } from "@/lib/arrivals/residence-basis";
import type { TCountryOption } from "@/lib/countries/country-options";

/** A plain GET form: results have their own URL and the search works without JavaScript. */
export async function ArrivalSearchForm({ search, countries, action }: { search: TArrivalSearch; countries: readonly TCountryOption[]; action: string }) {
  const [t, basis] = await Promise.all([getTranslations("arrivalSearch"), getTranslations("residenceBasis")]);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a <search> element is not yet announced by every screen reader DKFDS supports.
    <form method="get" action={action} role="search" className="arrival-search" aria-label={t("title")}>
      <InputField id="q" type="search" width="input-width-l" label={t("query")} hint={t("queryHint")} defaultValue={search.q} />
      <div className="search-filters">
        <DateRangeFields labels={{ from: t("from"), to: t("to") }} from={search.from} to={search.to} />
        <SelectField
          id="basis"
          label={t("basis")}
          emptyOption={t("any")}
          options={RESIDENCE_BASES.map((option) => ({ value: option, label: basis(option) }))}
          defaultValue={search.basis ?? ""}
        />
        <SelectField
          id="nationality"
          label={t("nationality")}
          emptyOption={t("any")}
          options={countries.map((country) => ({ value: country.code, label: country.name }))}
          defaultValue={search.nationality ?? ""}
        />
      </div>
      <CheckboxField id="assigned" value="me" label={t("assignedToMe")} defaultChecked={search.assigned === "me"} />
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
