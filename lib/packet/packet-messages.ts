import type { TPacketLanguage } from "@/lib/i18n/languages";
import da from "@/messages/da.json";
import de from "@/messages/de.json";
import en from "@/messages/en.json";

/** Every locale's messages, for building a packet in a language other than the page's. */
export const PACKET_MESSAGES = { da, de, en } as const satisfies Record<TPacketLanguage, unknown>;
