import { createTranslator } from "next-intl";
import { ALL_MESSAGES } from "@/lib/i18n/all-messages";
import type { TPacketLanguage } from "@/lib/i18n/languages";

/** The packet's document title (PDF metadata, web page title), e.g. "Welcome to Herning: Anna Müller". */
export function packetDocumentTitle(language: TPacketLanguage, municipality: string, name: string): string {
  const t = createTranslator({ locale: language, messages: ALL_MESSAGES[language], namespace: "packet" });
  return t("documentTitle", { municipality, name });
}

/** A download's file name: the title without characters file systems dislike. */
export function packetFileName(title: string): string {
  return `${title.replace(/[^\p{L}\p{N} -]+/gu, "").trim()}.pdf`;
}
