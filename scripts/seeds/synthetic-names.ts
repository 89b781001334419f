import {
  ar,
  base,
  cs_CZ,
  de,
  de_AT,
  el,
  en,
  en_GB,
  en_IN,
  en_US,
  es,
  Faker,
  fa,
  fi,
  fr,
  hr,
  hu,
  it,
  type LocaleDefinition,
  lv,
  nb_NO,
  ne,
  nl,
  pl,
  pt_BR,
  pt_PT,
  ro,
  sk,
  sv,
  th,
  tr,
  uk,
  ur,
  vi,
  zh_CN,
} from "@faker-js/faker";
import { suggestLatinSpelling } from "@/lib/names/latin-spelling";

/** Names as people of each nationality write them (Faker's locales; English where Faker has none of the country's). */
const LOCALES: Record<string, LocaleDefinition> = {
  UA: uk,
  RO: ro,
  PL: pl,
  DE: de,
  AT: de_AT,
  IN: en_IN,
  IT: it,
  ES: es,
  SE: sv,
  NO: nb_NO,
  US: en_US,
  GB: en_GB,
  IE: en_GB,
  FR: fr,
  CN: zh_CN,
  NL: nl,
  SY: ar,
  TR: tr,
  BR: pt_BR,
  PK: ur,
  NP: ne,
  GR: el,
  PT: pt_PT,
  HU: hu,
  LV: lv,
  IR: fa,
  AF: fa,
  VN: vi,
  TH: th,
  FI: fi,
  CZ: cs_CZ,
  SK: sk,
  HR: hr,
};

const fakers = new Map<string, Faker>();
function fakerFor(nationality: string): Faker {
  let faker = fakers.get(nationality);
  if (!faker) {
    faker = new Faker({ locale: [LOCALES[nationality] ?? en, en, base] });
    fakers.set(nationality, faker);
  }
  return faker;
}

export type TSyntheticName = { givenName: string; familyName: string; latinName: string | null };

/**
 * A household member's name as their nationality writes it, the same for the same arrival and
 * person every run (seeded by both): the name search and the duplicate check then meet the spread
 * of names a municipality has (many Kovalenkos, few of each given name with it), not a million
 * copies of one. Cyrillic names get their Latin spelling as the form suggests it.
 */
export function syntheticName(nationality: string, arrivalIndex: number, person: number, familyName?: string): TSyntheticName {
  const faker = fakerFor(nationality);
  faker.seed([arrivalIndex, person]);
  const givenName = faker.person.firstName();
  const family = familyName ?? faker.person.lastName();
  const latin = suggestLatinSpelling(`${givenName} ${family}`);
  return { givenName, familyName: family, latinName: latin || null };
}
