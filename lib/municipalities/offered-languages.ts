import { z } from "zod";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import { MASTER_LANGUAGE, PACKET_LANGUAGES, type TPacketLanguage, ZPacketLanguage } from "@/lib/i18n/languages";
import { recordMunicipalityChange } from "./record-municipality-change";

/** At least one language; kept in the order choices are offered everywhere. */
export const ZOfferedLanguages = z
  .array(ZPacketLanguage)
  .min(1, { error: "languagesNone" })
  .transform((chosen) => PACKET_LANGUAGES.filter((language) => chosen.includes(language)));

/** The stored column as packet languages in the order they are offered (all of them should it hold none). */
export function offeredLanguagesFrom(stored: readonly string[] | undefined): TPacketLanguage[] {
  const offered = PACKET_LANGUAGES.filter((language) => stored?.includes(language));
  return offered.length > 0 ? offered : [...PACKET_LANGUAGES];
}

/** The packet languages a municipality offers, in the order they are offered. */
export async function getOfferedLanguages(db: PrismaClient, municipalityId: string): Promise<TPacketLanguage[]> {
  const row = await db.municipality.findUnique({ where: { id: municipalityId }, select: { packetLanguages: true } });
  return offeredLanguagesFrom(row?.packetLanguages);
}

/** The catalogue's languages for the editor: the Danish master first, then the offered translations. */
export function catalogueLanguagesFor(offered: readonly TPacketLanguage[]): TPacketLanguage[] {
  return [MASTER_LANGUAGE, ...offered.filter((language) => language !== MASTER_LANGUAGE)];
}

/**
 * Which languages caseworkers can make packets in, and newcomers switch between. Packets already
 * made in a language no longer offered are kept as they are.
 */
export async function saveOfferedLanguages(db: PrismaClient, options: { admin: TActingUser; languages: TPacketLanguage[] }): Promise<void> {
  const { admin, languages } = options;
  await db.$transaction(async (tx) => {
    await tx.municipality.update({ where: { id: admin.municipalityId }, data: { packetLanguages: languages } });
    await recordMunicipalityChange(tx, { admin, isShownInPackets: false, metadata: { part: "packet-languages", languages } });
  });
}
