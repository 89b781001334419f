/** Where a municipality's public welcome page is: under a fixed prefix, so no route can be taken for a municipality. */
export const PUBLIC_WELCOME_PREFIX = "kommune";

/**
 * The page's address for a page language, a municipality and (when it differs from the page's) the
 * welcome text's language. Without a page language (null): the address the site picks one for.
 */
export function publicWelcomePath(locale: string | null, slug: string, ...rest: string[]): string {
  return ["", ...(locale === null ? [] : [locale]), PUBLIC_WELCOME_PREFIX, slug, ...rest].map(encodeURIComponent).join("/");
}

/**
 * Whether an address is a public welcome page in one of the site's languages: it names its
 * language itself, so proxy.ts leaves next-intl's negotiation out for it (decision 005).
 */
export function isPublicWelcomePath(pathname: string, locales: readonly string[]): boolean {
  const [empty, locale, prefix, slug] = pathname.split("/");
  return empty === "" && prefix === PUBLIC_WELCOME_PREFIX && Boolean(slug) && locales.includes(locale ?? "");
}
