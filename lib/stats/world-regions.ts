import countries from "world-countries";

/**
 * The world regions of the UN M49 geoscheme, as the maintained `world-countries` data set assigns
 * them to ISO 3166-1 countries (region and subregion).
 */
export const WORLD_REGIONS = ["Africa", "Americas", "Asia", "Europe", "Oceania"] as const;
export type TWorldRegion = (typeof WORLD_REGIONS)[number] | "Other";

const byCode = new Map(countries.map((country) => [country.cca2, { region: country.region, subregion: country.subregion }]));

const isWorldRegion = (value: string): value is (typeof WORLD_REGIONS)[number] => (WORLD_REGIONS as readonly string[]).includes(value);

/** The region of a nationality (ISO alpha-2); "Other" for a code the data set does not place (e.g. Antarctica). */
export function worldRegionOf(nationality: string): TWorldRegion {
  const region = byCode.get(nationality)?.region ?? "";
  return isWorldRegion(region) ? region : "Other";
}

/** The UN M49 subregion ("Northern Europe", "Western Asia"), or null when the data set has none. */
export function subregionOf(nationality: string): string | null {
  return byCode.get(nationality)?.subregion || null;
}
