import da from "@/messages/da.json";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import type { TPacketLanguage } from "./languages";

/**
 * Every locale's messages, for texts made outside the request's own locale: a packet in the
 * newcomer's language, the dashboard's labels in a CSV, the refusal page sent before Next renders.
 */
export const ALL_MESSAGES = { da, de, en } as const satisfies Record<TPacketLanguage, unknown>;
