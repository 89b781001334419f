import { PACKET_LANGUAGES, type TPacketLanguage } from "./languages";

export type TPerLanguage<P extends string, V> = { [L in TPacketLanguage as `${P}_${L}`]: V };

/** A form field per packet language (`hours_da`, `hours_uk`…): a language added to the list gets its field everywhere. */
export function perLanguageFields<P extends string, V>(prefix: P, field: (language: TPacketLanguage) => V): TPerLanguage<P, V> {
  return Object.fromEntries(PACKET_LANGUAGES.map((language) => [`${prefix}_${language}`, field(language)])) as TPerLanguage<P, V>;
}

/** A text stored per language as JSON ({"da": "…"}), as the form's fields (an empty string where a language has none). */
export function perLanguageValues<P extends string>(prefix: P, stored: unknown): TPerLanguage<P, string> {
  const byLanguage = (stored && typeof stored === "object" ? stored : {}) as Partial<Record<string, unknown>>;
  return perLanguageFields(prefix, (language) => {
    const value = byLanguage[language];
    return typeof value === "string" ? value : "";
  });
}

/** The form's fields back into the stored JSON, leaving out the languages left empty. */
export function perLanguageJson<P extends string>(prefix: P, values: TPerLanguage<P, string | null>): Partial<Record<TPacketLanguage, string>> {
  return Object.fromEntries(
    PACKET_LANGUAGES.flatMap((language) => {
      const value = (values as Record<string, string | null>)[`${prefix}_${language}`];
      return value ? [[language, value]] : [];
    }),
  );
}
