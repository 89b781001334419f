import { arrivalVisibleTo } from "@/lib/arrivals/arrival-visibility";
import { auditAs, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import { AppError } from "@/lib/errors";
import { offeredLanguagesFrom } from "@/lib/municipalities/offered-languages";
import { checklistIdOf, type TStepTick } from "@/lib/progress/step-progress";
import { noteLinkOpened, noteLinkReplaced } from "@/lib/worklist/packet-state";
import { noteWorkedOn } from "@/lib/worklist/worked-on";
import { createLinkToken, deriveLinkToken, hashLinkToken, isWellFormedLinkToken, saltMatchesHash } from "./link-token";

/**
 * Issues a new personal link for an arrival and revokes any earlier one at once. Packets already
 * generated keep their bytes (they are the record of what was sent) and show in the history as
 * printing a link that no longer works; the next "Generate" prints the new link.
 */
export async function issuePersonalLink(db: PrismaClient, options: { user: TActingUser; arrivalId: string; now?: Date }) {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const arrival = await tx.arrival.findFirst({
      where: { id: options.arrivalId, ...arrivalVisibleTo(options.user) },
      select: { id: true, municipality: { select: { linkValidityMonths: true } } },
    });
    if (!arrival) throw new AppError("NOT_FOUND");
    await tx.personalLink.updateMany({ where: { arrivalId: arrival.id, revokedAt: null }, data: { revokedAt: now } });
    const { salt, token, tokenHash } = createLinkToken();
    const expiresAt = new Date(now);
    expiresAt.setUTCMonth(expiresAt.getUTCMonth() + arrival.municipality.linkValidityMonths);
    const link = await tx.personalLink.create({
      data: { arrivalId: arrival.id, tokenHash, tokenSalt: new Uint8Array(salt), createdById: options.user.id, createdAt: now, expiresAt },
      select: { id: true },
    });
    await noteLinkReplaced(tx, { arrivalId: arrival.id, now });
    await noteWorkedOn(tx, { arrivalId: arrival.id, userId: options.user.id });
    await auditAs(tx, options.user, {
      action: "link.issue",
      entityType: "arrival",
      entityId: arrival.id,
      metadata: { linkId: link.id },
    });
    return { token, expiresAt };
  });
}

export async function revokePersonalLinks(db: PrismaClient, options: { user: TActingUser; arrivalId: string }) {
  return db.$transaction(async (tx) => {
    const arrival = await tx.arrival.findFirst({ where: { id: options.arrivalId, ...arrivalVisibleTo(options.user) }, select: { id: true } });
    if (!arrival) throw new AppError("NOT_FOUND");
    const revoked = await tx.personalLink.updateMany({ where: { arrivalId: arrival.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (revoked.count > 0) await noteLinkReplaced(tx, { arrivalId: arrival.id });
    await noteWorkedOn(tx, { arrivalId: arrival.id, userId: options.user.id });
    await auditAs(tx, options.user, {
      action: "link.revoke",
      entityType: "arrival",
      entityId: arrival.id,
      metadata: { count: revoked.count },
    });
    return revoked.count;
  });
}

/** The arrival's working link, re-derived from its salt (the token itself is not stored); null if none works. */
export async function getActivePersonalLink(db: Pick<PrismaClient, "personalLink">, options: { municipalityId: string; arrivalId: string; now?: Date }) {
  const link = await db.personalLink.findFirst({
    where: { arrivalId: options.arrivalId, arrival: arrivalVisibleTo(options), revokedAt: null, expiresAt: { gt: options.now ?? new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, tokenSalt: true, tokenHash: true, expiresAt: true, createdAt: true, lastOpenedAt: true },
  });
  if (!link || !saltMatchesHash(link.tokenSalt, link.tokenHash)) return null;
  return { id: link.id, token: deriveLinkToken(link.tokenSalt), expiresAt: link.expiresAt, createdAt: link.createdAt, lastOpenedAt: link.lastOpenedAt };
}

// How stale a link's "last opened" may get before a visit writes it again: one write per visitor
// session, not one per page view.
const LAST_OPENED_RESOLUTION_MS = 5 * 60 * 1000;

/**
 * The arrival a newcomer's token opens, or null for a wrong, expired or revoked token alike, so a
 * caller cannot tell which (and so whether the link ever existed). Also returns what decides the
 * packet's content, so the newcomer's page needs no further lookup to find its cached packet.
 */
export async function resolvePersonalLink(db: PrismaClient, token: string, now = new Date()) {
  if (!isWellFormedLinkToken(token)) return null;
  const link = await db.personalLink.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: {
      id: true,
      arrivalId: true,
      revokedAt: true,
      expiresAt: true,
      lastOpenedAt: true,
      arrival: {
        select: {
          municipalityId: true,
          anonymisedAt: true,
          version: true,
          packetLanguage: true,
          email: true,
          remindersConsentAt: true,
          municipality: { select: { slug: true, catalogueRevision: true, updatedAt: true, packetLanguages: true } },
          // The checklist's ticks come with the link: the newcomer's page needs no query of its own for them.
          stepProgress: { select: { stepKey: true, householdMemberId: true, completedAt: true, source: true } },
        },
      },
    },
  });
  if (!link || link.revokedAt || link.expiresAt <= now || link.arrival.anonymisedAt) return null;
  const { arrival } = link;
  if (!link.lastOpenedAt) {
    // The first opening is counted in the statistics: only the visit that sets the date records it.
    await db.$transaction(async (tx) => {
      const first = await tx.personalLink.updateMany({ where: { id: link.id, lastOpenedAt: null }, data: { lastOpenedAt: now } });
      if (first.count === 1) {
        await noteLinkOpened(tx, { arrivalId: link.arrivalId });
        await recordAuditEvent(tx, {
          municipalityId: arrival.municipalityId,
          actorUserId: null,
          action: "link.open",
          entityType: "arrival",
          entityId: link.arrivalId,
        });
      }
    });
  } else if (now.getTime() - link.lastOpenedAt.getTime() > LAST_OPENED_RESOLUTION_MS) {
    await db.personalLink.update({ where: { id: link.id }, data: { lastOpenedAt: now } });
  }
  return {
    linkId: link.id,
    arrivalId: link.arrivalId,
    municipalityId: arrival.municipalityId,
    municipalitySlug: arrival.municipality.slug,
    offeredLanguages: offeredLanguagesFrom(arrival.municipality.packetLanguages),
    packetLanguage: arrival.packetLanguage,
    reminders: { email: arrival.email, isOn: arrival.remindersConsentAt !== null },
    progress: new Map<string, TStepTick>(
      arrival.stepProgress.map((row) => [checklistIdOf(row), { completedAt: row.completedAt, isAtCounter: row.source === "COUNTER" }]),
    ),
    packetState: {
      arrivalVersion: arrival.version,
      catalogueRevision: arrival.municipality.catalogueRevision,
      municipalityUpdatedAt: arrival.municipality.updatedAt,
      link: { id: link.id, token },
    },
  };
}
