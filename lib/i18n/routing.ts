import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["da", "en", "de"],
  defaultLocale: "da",
});

export type TLocale = (typeof routing.locales)[number];
