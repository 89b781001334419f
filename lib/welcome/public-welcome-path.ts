/** Where a municipality's public welcome page is: under a fixed prefix, so no route can be taken for a municipality. */
export const PUBLIC_WELCOME_PREFIX = "kommune";

/**
 * The page's address for a page language, a municipality and (when it differs from the page's) the
 * welcome text's language. Without a page language (null): the address the site picks one for.
 */
export function publicWelcomePath(locale: string | null, slug: string, ...rest: string[]): string {
  return ["", ...(locale === null ? [] : [locale]), PUBLIC_WELCOME_PREFIX, slug, ...rest].map(encodeURIComponent).join("/");
}
