import { z } from "zod";
import { arrivalVisibleTo } from "@/lib/arrivals/arrival-visibility";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashOneTimeToken, isWellFormedOneTimeToken, newOneTimeToken } from "@/lib/crypto/one-time-token";
import type { PrismaClient } from "@/lib/db-client";

/** How long the confirmation link for a new address works. */
export const EMAIL_CHANGE_HOURS = 24;
/** Confirmation e-mails a household may ask for in a day: the form cannot be used to flood someone's inbox. */
export const EMAIL_CHANGES_PER_DAY = 3;

export const ZNewEmail = z.string().trim().toLowerCase().max(254).pipe(z.email());

export type TEmailChangeRequest = { status: "requested"; token: string } | { status: "too-many" } | { status: "not-found" };

/**
 * A newcomer asks for reminders at another address: nothing changes until they open the
 * confirmation link e-mailed to it. Returns the link's token (never stored, only its hash).
 */
export async function requestEmailChange(
  db: PrismaClient,
  options: { municipalityId: string; arrivalId: string; newEmail: string; now?: Date },
): Promise<TEmailChangeRequest> {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const arrival = await tx.arrival.findFirst({
      where: { id: options.arrivalId, ...arrivalVisibleTo(options) },
      select: { id: true },
    });
    if (!arrival) return { status: "not-found" } as const;
    // Locked per household, so two requests at once cannot both pass the daily count.
    await tx.$queryRaw`SELECT 1 FROM "Arrival" WHERE id = ${arrival.id}::uuid FOR UPDATE`;
    const today = await tx.emailChangeRequest.count({ where: { arrivalId: arrival.id, createdAt: { gt: new Date(now.getTime() - 86_400_000) } } });
    if (today >= EMAIL_CHANGES_PER_DAY) return { status: "too-many" } as const;
    const { token, hash } = newOneTimeToken();
    await tx.emailChangeRequest.create({
      data: {
        arrivalId: arrival.id,
        newEmail: options.newEmail,
        tokenHash: hash,
        createdAt: now,
        expiresAt: new Date(now.getTime() + EMAIL_CHANGE_HOURS * 3_600_000),
      },
    });
    return { status: "requested", token } as const;
  });
}

/** The request a confirmation link names, while it works: for the page that asks to confirm it. */
export async function findEmailChange(db: PrismaClient, token: string, now = new Date()) {
  if (!isWellFormedOneTimeToken(token)) return null;
  const request = await db.emailChangeRequest.findUnique({
    where: { tokenHash: hashOneTimeToken(token) },
    select: {
      newEmail: true,
      expiresAt: true,
      usedAt: true,
      arrival: { select: { anonymisedAt: true, packetLanguage: true, municipality: { select: { letterName: true } } } },
    },
  });
  if (!request || request.usedAt || request.expiresAt <= now || request.arrival.anonymisedAt) return null;
  return { newEmail: request.newEmail, municipality: request.arrival.municipality.letterName, packetLanguage: request.arrival.packetLanguage };
}

/**
 * Confirms a new address: the arrival's e-mail becomes it (a new version, so a caseworker editing at
 * the same time is told), the link is used up with every other pending one, and the change is audited.
 */
export async function confirmEmailChange(
  db: PrismaClient,
  options: { token: string; now?: Date },
): Promise<{ status: "confirmed"; newEmail: string } | { status: "invalid" }> {
  const now = options.now ?? new Date();
  if (!isWellFormedOneTimeToken(options.token)) return { status: "invalid" };
  return db.$transaction(async (tx) => {
    const used = await tx.emailChangeRequest.updateMany({
      where: { tokenHash: hashOneTimeToken(options.token), usedAt: null, expiresAt: { gt: now }, arrival: { anonymisedAt: null } },
      data: { usedAt: now },
    });
    if (used.count !== 1) return { status: "invalid" } as const;
    const request = await tx.emailChangeRequest.findUniqueOrThrow({
      where: { tokenHash: hashOneTimeToken(options.token) },
      select: { arrivalId: true, newEmail: true, arrival: { select: { municipalityId: true } } },
    });
    await tx.emailChangeRequest.updateMany({ where: { arrivalId: request.arrivalId, usedAt: null }, data: { usedAt: now } });
    await tx.arrival.update({ where: { id: request.arrivalId }, data: { email: request.newEmail, version: { increment: 1 } } });
    await recordAuditEvent(tx, {
      municipalityId: request.arrival.municipalityId,
      actorUserId: null,
      action: "arrival.update",
      entityType: "arrival",
      entityId: request.arrivalId,
      metadata: { fields: ["email"], by: "newcomer", confirmedBy: "e-mail" },
    });
    return { status: "confirmed", newEmail: request.newEmail } as const;
  });
}
