import type { TPacketLanguage } from "@/lib/i18n/languages";

/**
 * The languages an arrival's packets were given out in that the municipality still offers, first
 * generated first as listed: what "issue a new link and generate again" makes anew, and what its
 * button names.
 */
export function languagesGivenOut(packets: readonly { language: TPacketLanguage }[], offered: readonly TPacketLanguage[]): TPacketLanguage[] {
  return [...new Set(packets.map((packet) => packet.language))].filter((language) => offered.includes(language));
}
