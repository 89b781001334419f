import { getTranslations } from "next-intl/server";
import { CheckboxField } from "@/components/form/CheckboxField";
import { RadioGroup } from "@/components/form/RadioGroup";
import type { TArrivalDetail } from "@/lib/arrivals/get-arrival";
import { MERGE_FIELDS, type TMergeField } from "@/lib/arrivals/merge-arrivals";
import { mergeArrivalsAction } from "@/lib/arrivals/merge-arrivals-actions";
import { countryName } from "@/lib/countries/country-options";
import type { TLocale } from "@/lib/i18n/routing";
import { getDateFormatter } from "@/lib/i18n/server-formatter";

type TProps = { kept: TArrivalDetail; other: TArrivalDetail; locale: TLocale };

/**
 * The two records side by side, field by field: where they differ the caseworker picks the value
 * to keep (this record's unless it has none); where they agree there is nothing to choose. A plain
 * form with a box to tick that they are one household, so the merge is never a single slip.
 */
export async function MergeComparison({ kept, other, locale }: TProps) {
  const [t, form, basis, format] = await Promise.all([
    getTranslations("mergeArrivals"),
    getTranslations("arrivalForm"),
    getTranslations("residenceBasis"),
    getDateFormatter(),
  ]);
  const day = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "long", timeZone: "UTC" }) : "–");
  const shownValue = (record: TArrivalDetail, field: TMergeField): string => {
    switch (field) {
      case "name":
        return `${record.givenName} ${record.familyName}${record.latinName ? ` (${record.latinName})` : ""}`;
      case "dateOfBirth":
        return day(record.dateOfBirth);
      case "nationality":
        return countryName(record.nationality, locale);
      case "packetLanguage":
        return form(`languages.${record.packetLanguage}`);
      case "email":
        return record.email ?? "–";
      case "phone":
        return record.phone ?? "–";
      case "arrivalDate":
        return day(record.arrivalDate);
      case "address":
        return `${record.addressLine}, ${record.postalCode} ${record.city}`;
      case "residenceBasis":
        return basis(record.residenceBasis);
      case "employerOrSchool":
        return record.employerOrSchool ?? "–";
      case "expectedStayMonths":
        return record.expectedStayMonths === null ? "–" : t("months", { count: record.expectedStayMonths });
      case "cpr":
        return record.cprRegistered ? t("cprOn", { date: day(record.cprRegisteredOn) }) : t("cprNot");
      case "household":
        return record.householdMembers.length === 0
          ? t("nobodyElse")
          : record.householdMembers.map((member) => `${member.givenName} ${member.familyName}`).join(", ");
      case "assignedTo":
        return record.assignedTo?.name ?? "–";
    }
  };
  const isEmpty = (value: string) => value === "–" || value === t("nobodyElse");
  return (
    <form action={mergeArrivalsAction} className="merge-form">
      <input type="hidden" name="arrivalId" value={kept.id} />
      <input type="hidden" name="otherId" value={other.id} />
      <input type="hidden" name="keptVersion" value={kept.version} />
      <input type="hidden" name="otherVersion" value={other.version} />
      {MERGE_FIELDS.map((field) => {
        const mine = shownValue(kept, field);
        const theirs = shownValue(other, field);
        if (mine === theirs) {
          return (
            <div key={field} className="merge-same">
              <input type="hidden" name={`choice-${field}`} value="kept" />
              <p>
                <strong>{t(`fields.${field}`)}:</strong> {mine} <span className="form-hint">({t("same")})</span>
              </p>
            </div>
          );
        }
        return (
          <RadioGroup
            key={field}
            name={`choice-${field}`}
            legend={t(`fields.${field}`)}
            options={[
              { value: "kept", label: t("keepThis", { value: mine }) },
              { value: "merged", label: t("takeOther", { value: theirs }) },
            ]}
            defaultValue={isEmpty(mine) && !isEmpty(theirs) ? "merged" : "kept"}
          />
        );
      })}
      <CheckboxField id="confirmed" value="yes" label={t("confirm")} />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t("submit")}
        </button>
        <a href={`/${locale}/arrivals/${kept.id}`} className="button button-tertiary">
          {t("cancel")}
        </a>
      </div>
    </form>
  );
}
