import { getTranslations } from "next-intl/server";
import { PACKET_LANGUAGES, type TPacketLanguage } from "./languages";

/** Each packet language's name in the page's language ("English", "Tysk"…), for forms with a field per language. */
export async function packetLanguageNames(): Promise<Record<TPacketLanguage, string>> {
  const t = await getTranslations("arrivalForm");
  return Object.fromEntries(PACKET_LANGUAGES.map((language) => [language, t(`languages.${language}`)])) as Record<TPacketLanguage, string>;
}
