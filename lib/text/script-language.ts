import countries from "world-countries";

/**
 * ISO 15924 codes of the scripts newcomers' names are written in. JavaScript's Unicode property
 * escapes take these codes as Script values, so no ranges are written by hand.
 */
const SCRIPTS = [
  "Latn",
  "Grek",
  "Cyrl",
  "Armn",
  "Geor",
  "Hebr",
  "Arab",
  "Syrc",
  "Thaa",
  "Ethi",
  "Deva",
  "Beng",
  "Guru",
  "Gujr",
  "Orya",
  "Taml",
  "Telu",
  "Knda",
  "Mlym",
  "Sinh",
  "Thai",
  "Laoo",
  "Tibt",
  "Mymr",
  "Khmr",
  "Mong",
  "Hang",
  "Hira",
  "Kana",
  "Hani",
] as const;
const SCRIPT_PATTERNS = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, "u")] as const);
const LETTER = /\p{L}/gu;

/** The script of a text's first letter, or null when it has no letter in a script listed above. */
export function scriptOf(text: string): string | null {
  for (const [letter] of text.matchAll(LETTER)) {
    const match = SCRIPT_PATTERNS.find(([, pattern]) => pattern.test(letter));
    if (match) return match[0];
  }
  return null;
}

/** Han characters are written in Chinese (Hans, Hant), Japanese (Jpan) and Korean (Kore) text alike. */
function writesScript(localeScript: string | undefined, script: string): boolean {
  if (localeScript === script) return true;
  if (localeScript === "Jpan") return script === "Hani" || script === "Hira" || script === "Kana";
  if (localeScript === "Kore") return script === "Hani" || script === "Hang";
  return script === "Hani" && (localeScript === "Hans" || localeScript === "Hant");
}

const languagesByCountry = new Map(countries.map((country) => [country.cca2, Object.keys(country.languages)]));

/**
 * The language to read a name in this script in (BCP 47): the first official language of the
 * person's nationality written in that script (a Cyrillic name of a Ukrainian citizen: "uk"), else
 * CLDR's most likely language for the script ("und-Cyrl" → "ru"). Both come from maintained data:
 * `world-countries` and the likely-subtags behind `Intl.Locale.maximize`.
 */
export function languageForScript(script: string, nationality: string | null): string {
  const candidates = Intl.getCanonicalLocales(languagesByCountry.get(nationality ?? "") ?? []);
  const official = candidates.find((language) => writesScript(new Intl.Locale(language).maximize().script, script));
  return official ?? new Intl.Locale(`und-${script}`).maximize().language;
}

/**
 * For each script the names use besides the document language's own, the language to read them in
 * (e.g. { Cyrl: "uk" } for a Ukrainian family in an English packet).
 */
export function nameLanguagesOf(names: string[], options: { documentLanguage: string; nationality: string | null }): Record<string, string> {
  const documentScript = new Intl.Locale(options.documentLanguage).maximize().script;
  const languages: Record<string, string> = {};
  for (const { script } of names.flatMap(scriptRuns)) {
    if (script && !writesScript(documentScript, script) && !languages[script]) languages[script] = languageForScript(script, options.nationality);
  }
  return languages;
}

export type TScriptRun = { text: string; script: string | null };

/**
 * A text cut where its script changes: spaces and punctuation between two words of one script
 * stay in that run, others fall to the runs without a script ("Kære Олена Коваленко," gives
 * "Kære ", "Олена Коваленко", ",").
 */
export function scriptRuns(text: string): TScriptRun[] {
  const runs: TScriptRun[] = [];
  let pending = "";
  const push = (part: string, script: string | null) => {
    const last = runs[runs.length - 1];
    if (last && last.script === script) last.text += part;
    else if (part) runs.push({ text: part, script });
  };
  for (const character of text) {
    const script = scriptOf(character);
    if (script === null) {
      pending += character;
      continue;
    }
    const last = runs[runs.length - 1];
    if (last?.script === script) {
      last.text += pending;
    } else {
      // Between two scripts, spaces and punctuation belong to neither name.
      push(pending, null);
    }
    pending = "";
    push(character, script);
  }
  push(pending, null);
  return runs;
}
