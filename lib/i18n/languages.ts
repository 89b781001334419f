import { z } from "zod";

/**
 * Every language Ankomst writes in, with what a page, a letter or an e-mail needs to know about it.
 * Adding a language is a line here, its messages file and its catalogue texts (docs/decisions/020).
 * - `dir`: the writing direction; pages, e-mails and the PDF mirror for "rtl".
 * - `dateLocale`: the locale dates are written in (English letters from a Danish municipality use
 *   British dates, "17 August 2026").
 * - `isShippedReviewed`: whether the catalogue texts shipped in it were checked before shipping;
 *   the others are marked "not yet reviewed" for the municipality until an administrator has.
 */
export const LANGUAGES = {
  en: { endonym: "English", dir: "ltr", dateLocale: "en-GB", isShippedReviewed: true },
  de: { endonym: "Deutsch", dir: "ltr", dateLocale: "de-DE", isShippedReviewed: true },
  da: { endonym: "Dansk", dir: "ltr", dateLocale: "da-DK", isShippedReviewed: true },
  uk: { endonym: "Українська", dir: "ltr", dateLocale: "uk-UA", isShippedReviewed: false },
  ar: { endonym: "العربية", dir: "rtl", dateLocale: "ar", isShippedReviewed: false },
  pl: { endonym: "Polski", dir: "ltr", dateLocale: "pl-PL", isShippedReviewed: false },
  ro: { endonym: "Română", dir: "ltr", dateLocale: "ro-RO", isShippedReviewed: false },
  zh: { endonym: "中文", dir: "ltr", dateLocale: "zh-CN", isShippedReviewed: false },
  ru: { endonym: "Русский", dir: "ltr", dateLocale: "ru-RU", isShippedReviewed: false },
  es: { endonym: "Español", dir: "ltr", dateLocale: "es-ES", isShippedReviewed: false },
  fr: { endonym: "Français", dir: "ltr", dateLocale: "fr-FR", isShippedReviewed: false },
} as const satisfies Record<string, { endonym: string; dir: "ltr" | "rtl"; dateLocale: string; isShippedReviewed: boolean }>;

/**
 * The languages a welcome packet (its letter, the newcomer's page, the reminders) can be in, in
 * the order choices are offered: English and German first, as the municipalities' strategies
 * promise them; Danish; then the languages of Denmark's largest groups of newcomers.
 */
export const PACKET_LANGUAGES = ["en", "de", "da", "uk", "ar", "pl", "ro"] as const;
export type TPacketLanguage = (typeof PACKET_LANGUAGES)[number];
export const ZPacketLanguage = z.enum(PACKET_LANGUAGES);

/** The staff interface's languages (the portal's URL locales, lib/i18n/routing.ts). */
export const STAFF_LANGUAGES = ["da", "en", "de"] as const satisfies readonly TPacketLanguage[];

/** The public welcome page speaks the packet languages and the others the strategies name. */
export const PUBLIC_PAGE_LANGUAGES = [...PACKET_LANGUAGES, "zh", "ru", "es", "fr"] as const;
export type TSiteLanguage = (typeof PUBLIC_PAGE_LANGUAGES)[number];

export function isSiteLanguage(value: string | undefined): value is TSiteLanguage {
  return (PUBLIC_PAGE_LANGUAGES as readonly string[]).includes(value ?? "");
}

export function isPacketLanguage(value: string | undefined): value is TPacketLanguage {
  return (PACKET_LANGUAGES as readonly string[]).includes(value ?? "");
}

/** Each language named in itself, as language switchers show them. */
export const LANGUAGE_ENDONYMS: Record<TSiteLanguage, string> = Object.fromEntries(
  PUBLIC_PAGE_LANGUAGES.map((language) => [language, LANGUAGES[language].endonym]),
) as Record<TSiteLanguage, string>;

/** The catalogue's texts are written in Danish first; the other languages are translations of it. */
export const MASTER_LANGUAGE = "da" satisfies TPacketLanguage;

export const DATE_LOCALE: Record<TSiteLanguage, string> = Object.fromEntries(
  PUBLIC_PAGE_LANGUAGES.map((language) => [language, LANGUAGES[language].dateLocale]),
) as Record<TSiteLanguage, string>;

export function textDirection(language: TSiteLanguage): "ltr" | "rtl" {
  return LANGUAGES[language].dir;
}
