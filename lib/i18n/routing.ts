import { defineRouting } from "next-intl/routing";
import { STAFF_LANGUAGES } from "./languages";

/**
 * The portal's locales are the staff interface's three; Danish is the default. The newcomer's page
 * and the public welcome page speak more (PACKET_LANGUAGES, PUBLIC_PAGE_LANGUAGES): they are route
 * handlers that name their language in the address, outside next-intl's negotiation (proxy.ts).
 */
export const routing = defineRouting({
  locales: STAFF_LANGUAGES,
  defaultLocale: "da",
});

export type TLocale = (typeof routing.locales)[number];
