/**
 * A text stored per language as JSON ({"da": "…", "en": "…"}): the language's, else the first of
 * `fallbacks` that has one (the Danish master; English first where a newcomer reads it); without
 * fallbacks, a missing language gives null, for texts where a Danish one in an English letter would
 * be worse than none.
 */
export function localizedText(value: unknown, language: string, options: { fallbacks?: readonly string[] } = {}): string | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const byLanguage = value as Record<string, unknown>;
  for (const candidate of [language, ...(options.fallbacks ?? [])]) {
    const text = byLanguage[candidate];
    if (typeof text === "string" && text.trim() !== "") return text;
  }
  return null;
}
