import { useTranslations } from "next-intl";
import { FormField } from "@/components/form/FormField";
import { RadioGroup } from "@/components/form/RadioGroup";
import type { TCountryOption } from "@/lib/countries/country-options";
import type { TPacketLanguage } from "@/lib/i18n/languages";
import { CountrySelect } from "../CountrySelect";
import { ArrivalTextField } from "./ArrivalTextField";
import type { TArrivalFieldsetProps } from "./field-props";

/** The newcomer: names as written, date of birth, nationality and the packet's language. */
export function PersonFieldset({
  countries,
  packetLanguages,
  ...fields
}: TArrivalFieldsetProps & { countries: readonly TCountryOption[]; packetLanguages: readonly TPacketLanguage[] }) {
  const { values, set, errorText } = fields;
  const t = useTranslations("arrivalForm");
  return (
    <fieldset>
      <legend className="h3">{t("person")}</legend>
      <ArrivalTextField name="givenName" fields={fields} />
      <ArrivalTextField name="familyName" fields={fields} />
      <ArrivalTextField name="latinName" width="input-width-l" isOptional hint={t("latinNameHint")} fields={fields} />
      <ArrivalTextField name="dateOfBirth" type="date" fields={fields} />
      <FormField id="nationality" label={t("nationality")} error={errorText("nationality")}>
        {(describedBy) => (
          <CountrySelect
            id="nationality"
            name="nationality"
            value={values.nationality}
            onChange={set("nationality")}
            options={countries}
            describedBy={describedBy}
            isInvalid={Boolean(errorText("nationality"))}
            labels={{
              filter: t("countryFilter"),
              filterHint: t("countryFilterHint"),
              choose: t("chooseCountry"),
              matchCount: (count) => t("countryMatches", { count }),
            }}
          />
        )}
      </FormField>
      <RadioGroup
        name="packetLanguage"
        legend={t("packetLanguage")}
        options={packetLanguages.map((language) => ({ value: language, label: t(`languages.${language}`) }))}
        value={values.packetLanguage}
        onChange={set("packetLanguage")}
        error={errorText("packetLanguage")}
      />
    </fieldset>
  );
}
