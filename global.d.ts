import type { TSiteLanguage } from "@/lib/i18n/languages";
import type messages from "@/messages/en.json";

declare module "next-intl" {
  interface AppConfig {
    // Every language a page can be in: the staff pages' three (routing.locales) and the newcomer's and public pages' more.
    Locale: TSiteLanguage;
    Messages: typeof messages;
  }
}
