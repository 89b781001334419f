import countries from "i18n-iso-countries";
import da from "i18n-iso-countries/langs/da.json";
import de from "i18n-iso-countries/langs/de.json";
import en from "i18n-iso-countries/langs/en.json";

countries.registerLocale(da);
countries.registerLocale(de);
countries.registerLocale(en);

export type TCountryOption = { code: string; name: string };

const ALPHA2_CODES = Object.keys(countries.getAlpha2Codes());

export function isKnownCountryCode(code: string): boolean {
  return countries.isValid(code) && /^[A-Z]{2}$/.test(code);
}

/** The country's name in the given language, e.g. countryName("DE", "da") → "Tyskland". */
export function countryName(code: string, locale: string): string {
  return countries.getName(code, locale, { select: "official" }) ?? countries.getName(code, "en") ?? code;
}

const optionsByLocale = new Map<string, readonly TCountryOption[]>();

/** Every ISO 3166-1 country, named and sorted for the given language (made once per language: it never changes). */
export function countryOptions(locale: string): readonly TCountryOption[] {
  let options = optionsByLocale.get(locale);
  if (!options) {
    const collator = new Intl.Collator(locale);
    options = Object.freeze(ALPHA2_CODES.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) => collator.compare(a.name, b.name)));
    optionsByLocale.set(locale, options);
  }
  return options;
}
