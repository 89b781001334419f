import { getTranslations } from "next-intl/server";
import { CheckboxField } from "@/components/form/CheckboxField";
import { SelectField } from "@/components/form/SelectField";
import { RESIDENCE_BASES } from "@/lib/arrivals/residence-basis";
import type { TCountryOption } from "@/lib/countries/country-options";
import type { TWorkListSearch } from "@/lib/worklist/work-list-query";

/** `steps`: the steps with a deadline, the ones the work list can be filtered by, titled in the staff member's language. */
type TProps = { search: TWorkListSearch; countries: readonly TCountryOption[]; steps: readonly { key: string; title: string }[]; action: string };

/** A plain GET form: a filtered work list has its own URL (for the team meeting) and works without JavaScript. */
export async function WorkListFilters({ search, countries, steps, action }: TProps) {
  const [t, arrivalSearch, basis] = await Promise.all([getTranslations("worklist"), getTranslations("arrivalSearch"), getTranslations("residenceBasis")]);
  return (
    <form method="get" action={action} className="arrival-search" aria-label={t("filters")}>
      {search.section ? <input type="hidden" name="section" value={search.section} /> : null}
      <div className="search-filters">
        <SelectField
          id="step"
          label={t("step")}
          emptyOption={t("anyStep")}
          options={steps.map((step) => ({ value: step.key, label: step.title }))}
          defaultValue={search.step ?? ""}
        />
        <SelectField
          id="basis"
          label={arrivalSearch("basis")}
          emptyOption={arrivalSearch("any")}
          options={RESIDENCE_BASES.map((option) => ({ value: option, label: basis(option) }))}
          defaultValue={search.basis ?? ""}
        />
        <SelectField
          id="nationality"
          label={arrivalSearch("nationality")}
          emptyOption={arrivalSearch("any")}
          options={countries.map((country) => ({ value: country.code, label: country.name }))}
          defaultValue={search.nationality ?? ""}
        />
      </div>
      <CheckboxField id="assigned" value="me" label={arrivalSearch("assignedToMe")} defaultChecked={search.assigned === "me"} />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t("filter")}
        </button>
        <a href={search.section ? `${action}?section=${search.section}` : action} className="button button-tertiary">
          {t("clear")}
        </a>
      </div>
    </form>
  );
}
