/**
 * A text stored per language as JSON ({"da": "…", "en": "…"}). `fallback: "da"` falls back to the
 * Danish master when the language is missing; without it, a missing language gives null, for texts
 * where a Danish one in an English letter would be worse than none.
 */
export function localizedText(value: unknown, language: string, options: { fallback?: "da" } = {}): string | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const byLanguage = value as Record<string, unknown>;
  const text = byLanguage[language] ?? (options.fallback ? byLanguage[options.fallback] : undefined);
  return typeof text === "string" && text.trim() !== "" ? text : null;
}
