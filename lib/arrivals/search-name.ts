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
 * Lower-cased, accent-folded text for search: "Sørensen" → "sorensen", "Müller" → "muller".
 * Scripts without accents (Arabic, Cyrillic…) pass through lower-cased.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[øæœßłđðþıħŧ]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .replace(/\s+/g, " ")
    .trim();
}

export function toSearchName(givenName: string, familyName: string): string {
  return foldForSearch(`${givenName} ${familyName}`);
}
