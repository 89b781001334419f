import { PUBLIC_WELCOME_PREFIX } from "@/lib/welcome/public-welcome-path";

/**
 * The first segment after the language of the pages a newcomer reaches from a letter, an e-mail or
 * a poster: the pages sent without JavaScript (route handlers) and the e-mail confirmation. They
 * may be in any of the site's languages, not only the staff's.
 */
const OWN_LANGUAGE_PREFIXES: readonly string[] = [PUBLIC_WELCOME_PREFIX, "welcome", "confirm-email"];

/**
 * Whether an address is one of the newcomer's pages (a public welcome page, a newcomer's page, the
 * e-mail confirmation) in one of the site's languages. They name their language in the address and
 * render with it, so proxy.ts leaves next-intl's negotiation out for them (decision 005). An
 * address this misses only goes through next-intl as every other page does.
 */
export function namesItsOwnLanguage(pathname: string, locales: readonly string[]): boolean {
  const [empty, locale, prefix, rest] = pathname.split("/");
  return empty === "" && locales.includes(locale ?? "") && OWN_LANGUAGE_PREFIXES.includes(prefix ?? "") && Boolean(rest);
}
