import { z } from "zod";

/**
 * The languages a welcome packet (and the staff and newcomer pages) can be in. One list, in the
 * order choices are offered: English and German first, as the municipalities' strategies promise
 * them; Danish too. The portal's URL locales are the same three (lib/i18n/routing.ts).
 */
export const PACKET_LANGUAGES = ["en", "de", "da"] as const;

export type TPacketLanguage = (typeof PACKET_LANGUAGES)[number];

export const ZPacketLanguage = z.enum(PACKET_LANGUAGES);

/** Each language named in itself, as language switchers show them. */
export const LANGUAGE_ENDONYMS: Record<TPacketLanguage, string> = { en: "English", de: "Deutsch", da: "Dansk" };

/** The catalogue's texts are written in Danish first; the other languages are translations of it. */
export const MASTER_LANGUAGE = "da" satisfies TPacketLanguage;

/** The locale dates are written in: English letters from a Danish municipality use British dates ("17 August 2026"). */
export const DATE_LOCALE: Record<TPacketLanguage, string> = { en: "en-GB", de: "de-DE", da: "da-DK" };
