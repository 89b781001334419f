/** Where a municipality's public welcome page is: under a fixed prefix, so no route can be taken for a municipality. */
export const PUBLIC_WELCOME_PREFIX = "kommune";

/** The page's address in a language. Without a language (null): the address the site picks one for. */
export function publicWelcomePath(locale: string | null, slug: string): string {
  return ["", ...(locale === null ? [] : [locale]), PUBLIC_WELCOME_PREFIX, slug].map(encodeURIComponent).join("/");
}

/**
 * Where an address the page had before answers now: until issue 29 the welcome text's language
 * followed the page's (`/en/kommune/herning/ar`); now the whole page is in one language, so it is
 * `/ar/kommune/herning`. Null for an address that never was a page (an unknown language, more segments).
 */
export function movedPublicWelcomePath(locale: string, slug: string, textLanguage: readonly string[], isLanguage: (value: string) => boolean): string | null {
  if (textLanguage.length === 0) return publicWelcomePath(locale, slug);
  if (textLanguage.length === 1 && isLanguage(textLanguage[0]!)) return publicWelcomePath(textLanguage[0]!, slug);
  return null;
}
