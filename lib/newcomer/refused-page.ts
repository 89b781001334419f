import { createTranslator } from "next-intl";
import { ALL_MESSAGES } from "@/lib/i18n/all-messages";
import type { TPacketLanguage } from "@/lib/i18n/languages";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The answer to a client refused for guessing links, sent with status 429 by scripts/server/server.ts
 * before Next.js renders anything: a page cannot set its own status code.
 */
export function refusedNewcomerPage(locale: TPacketLanguage): string {
  const t = createTranslator({ locale, messages: ALL_MESSAGES[locale], namespace: "newcomer" });
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t("refusedTitle"))} · Ankomst</title></head><body><main id="main-content"><h1>${escapeHtml(t("refusedTitle"))}</h1><p>${escapeHtml(t("refusedText"))}</p></main></body></html>`;
}
