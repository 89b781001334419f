import CyrillicToTranslit from "cyrillic-to-translit-js";

const ukrainian = CyrillicToTranslit({ preset: "uk" });
const russian = CyrillicToTranslit({ preset: "ru" });
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * How a name in Cyrillic letters is written in Latin ones, as a suggestion the caseworker corrects
 * against the passport: the Ukrainian national system (KMU 2010, "Олена Коваленко" → "Olena
 * Kovalenko"), and for the letters Ukrainian does not have (ы, э, ъ, ё) the Russian one. Null for a
 * name with no Cyrillic letter: a Latin name needs none, and for other scripts nothing is guessed.
 */
export function suggestLatinSpelling(name: string): string | null {
  if (!CYRILLIC.test(name)) return null;
  const spelt = ukrainian.transform(name.trim().replace(/\s+/g, " "));
  return CYRILLIC.test(spelt) ? russian.transform(spelt) : spelt;
}

/** Latin letters (with accents), spaces, hyphens, apostrophes and full stops: how a name is written in a passport's Latin line. */
export function isLatinSpelling(text: string): boolean {
  return /^[\p{Script=Latin}\p{M}\s'’.-]*$/u.test(text);
}
