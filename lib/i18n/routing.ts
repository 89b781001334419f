import { defineRouting } from "next-intl/routing";
import { PACKET_LANGUAGES } from "./languages";

export const routing = defineRouting({
  // The portal speaks the packet languages; Danish is the default.
  locales: PACKET_LANGUAGES,
  defaultLocale: "da",
});

export type TLocale = (typeof routing.locales)[number];
