import { useTranslations } from "next-intl";
import { RadioGroup } from "@/components/form/RadioGroup";
import { TextField } from "@/components/form/TextField";
import type { TCountryOption } from "@/lib/countries/country-options";
import { PACKET_LANGUAGES } from "@/lib/i18n/languages";
import { FormField } from "../../form/FormField";
import { CountrySelect } from "../CountrySelect";
import type { TArrivalFieldsetProps } from "./field-props";

/** The newcomer: names as written, date of birth, nationality and the packet's language. */
export function PersonFieldset({ values, set, errorText, countries }: TArrivalFieldsetProps & { countries: readonly TCountryOption[] }) {
  const t = useTranslations("arrivalForm");
  return (
    <fieldset>
      <legend className="h3">{t("person")}</legend>
      <TextField id="givenName" label={t("givenName")} value={values.givenName} onChange={set("givenName")} error={errorText("givenName")} />
      <TextField id="familyName" label={t("familyName")} value={values.familyName} onChange={set("familyName")} error={errorText("familyName")} />
      <TextField
        id="dateOfBirth"
        type="date"
        label={t("dateOfBirth")}
        value={values.dateOfBirth}
        onChange={set("dateOfBirth")}
        error={errorText("dateOfBirth")}
      />
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
        options={PACKET_LANGUAGES.map((language) => ({ value: language, label: t(`languages.${language}`) }))}
        value={values.packetLanguage}
        onChange={set("packetLanguage")}
      />
    </fieldset>
  );
}
