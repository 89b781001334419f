// Letters that Unicode does not decompose into a base letter plus accent.
const SPECIAL_LETTERS: Record<string, string> = {
  ø: "o",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ħ: "h",
  ŧ: "t",
};

/**
 * Written-out forms of letters, as a keyboard without them spells them ("Østergaard", "Soerensen",
 * "Mueller", "Aeroe", "Strasse"): folded to the same single letter as the letter itself, so either
 * spelling, typed or stored, finds the other. The price is that "Michael" also matches "Michal".
 */
const WRITTEN_OUT = /aa|ae|oe|ue|ss/g;

/** Which folding the stored search names were made with: a change to foldForSearch raises it, and a backfill refolds. */
export const SEARCH_FOLD_VERSION = 2;

/**
 * Lower-cased, accent-folded text for search, the Danish way both ways: "Sørensen" and
 * "Soerensen" → "sorensen", "Østergård" and "Ostergaard" → "ostergard", "Müller" and "Mueller" →
 * "muller", "Ærø" and "Aeroe" → "aro". Scripts without accents (Arabic, Cyrillic…) pass through lower-cased.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[øæœßłđðþıħŧ]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .replace(WRITTEN_OUT, (pair) => pair[0]!)
    .replace(/\s+/g, " ")
    .trim();
}

/** A person's search name: the name as written, and how it is written in Latin letters when that was recorded. */
export function toSearchName(givenName: string, familyName: string, latinName?: string | null): string {
  return foldForSearch(`${givenName} ${familyName} ${latinName ?? ""}`);
}
