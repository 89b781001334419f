import { PUBLIC_WELCOME_PREFIX } from "@/lib/welcome/public-welcome-path";

/** The first segment after the language of the pages sent without JavaScript (route handlers). */
const SCRIPT_FREE_PREFIXES: readonly string[] = [PUBLIC_WELCOME_PREFIX, "welcome"];

/**
 * Whether an address is one of the pages sent without JavaScript (a public welcome page, a
 * newcomer's page) in one of the site's languages. They name their language in the address and
 * render with it, so proxy.ts leaves next-intl's negotiation out for them (decision 005). An
 * address this misses only goes through next-intl as every other page does.
 */
export function namesItsOwnLanguage(pathname: string, locales: readonly string[]): boolean {
  const [empty, locale, prefix, rest] = pathname.split("/");
  return empty === "" && locales.includes(locale ?? "") && SCRIPT_FREE_PREFIXES.includes(prefix ?? "") && Boolean(rest);
}
