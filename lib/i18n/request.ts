import { getRequestConfig } from "next-intl/server";
import { DISPLAY_TIME_ZONE } from "./formatter";
import { isSiteLanguage } from "./languages";
import { routing } from "./routing";

// The staff pages' locale comes from next-intl's routing; the newcomer's and public pages name any
// of the site's languages (route handlers), and their messages file has the namespaces they use.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isSiteLanguage(requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    timeZone: DISPLAY_TIME_ZONE,
  };
});
