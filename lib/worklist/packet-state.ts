import type { PrismaClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";

type TDb = Prisma.TransactionClient | PrismaClient;

/**
 * The work list's "out of date": the household has a packet, and what it printed no longer matches
 * (the record was edited, its link reissued or revoked, or a step text it shows changed). Kept from
 * the first such change until a packet is generated again.
 */
export async function markPacketOutdated(tx: TDb, options: { arrivalIds: string[]; now?: Date }): Promise<void> {
  if (options.arrivalIds.length === 0) return;
  await tx.$executeRaw`
    UPDATE "Arrival" a SET "packetOutdatedSince" = ${options.now ?? new Date()}
    WHERE a.id = ANY(${options.arrivalIds}::uuid[]) AND a."packetOutdatedSince" IS NULL
      AND EXISTS (SELECT 1 FROM "WelcomePacket" p WHERE p."arrivalId" = a.id)`;
}

/**
 * A catalogue text changed: the households whose newest packet is in that language and lists the
 * step (its key is among their applicable steps, alone or with a member's id) are out of date.
 */
export async function markPacketsOutdatedByStepText(
  tx: TDb,
  options: { municipalityId: string; stepKey: string; language: string; now?: Date },
): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Arrival" a SET "packetOutdatedSince" = ${options.now ?? new Date()}
    WHERE a."municipalityId" = ${options.municipalityId}::uuid AND a."anonymisedAt" IS NULL AND a."packetOutdatedSince" IS NULL
      AND EXISTS (SELECT 1 FROM unnest(a."applicableStepIds") AS step WHERE step = ${options.stepKey} OR step LIKE ${`${options.stepKey}-%`})
      AND (SELECT p.language::text FROM "WelcomePacket" p WHERE p."arrivalId" = a.id ORDER BY p."generatedAt" DESC LIMIT 1) = ${options.language}`;
}

/**
 * A link was reissued or revoked: the packets printed with the old one lead nowhere, and whether the
 * household was reached is asked again of the next packet's link.
 */
export async function noteLinkReplaced(tx: TDb, options: { arrivalId: string; now?: Date }): Promise<void> {
  await markPacketOutdated(tx, { arrivalIds: [options.arrivalId], now: options.now });
  await tx.arrival.updateMany({ where: { id: options.arrivalId, unopenedPacketSince: { not: null } }, data: { unopenedPacketSince: null } });
}

/**
 * A packet was generated (or found made from the same inputs): it is current unless the record was
 * edited meanwhile, and the household is not reached while its link has never been opened.
 */
export async function notePacketGenerated(
  tx: TDb,
  options: { arrivalId: string; arrivalVersion: number; personalLinkId: string; generatedAt: Date },
): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Arrival" a
    SET "packetOutdatedSince" = CASE WHEN a.version = ${options.arrivalVersion} THEN NULL ELSE a."packetOutdatedSince" END,
        "unopenedPacketSince" = CASE WHEN l."lastOpenedAt" IS NULL THEN coalesce(a."unopenedPacketSince", ${options.generatedAt}) END
    FROM "PersonalLink" l
    WHERE a.id = ${options.arrivalId}::uuid AND l.id = ${options.personalLinkId}::uuid`;
}

/** The newcomer opened their link: they are reached. */
export async function noteLinkOpened(tx: TDb, options: { arrivalId: string }): Promise<void> {
  await tx.arrival.updateMany({ where: { id: options.arrivalId, unopenedPacketSince: { not: null } }, data: { unopenedPacketSince: null } });
}
