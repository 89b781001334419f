import { auditAs, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { PrismaClient } from "@/lib/db-client";
import { MUNICIPALITY_CONTACT_SELECT } from "@/lib/municipalities/public-municipalities";
import type { TSessionUser } from "./acting-user";

/** A working day at most, however active: then sign in again. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
/** Left alone this long (no page, no download), a session ends: a screen left unlocked at the counter. */
export const SESSION_IDLE_SECONDS = 30 * 60;
/** How stale "last seen" may get before a request writes it again: one write a minute, not one per request. */
const LAST_SEEN_RESOLUTION_MS = 60 * 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const USER_SELECT = {
  id: true,
  name: true,
  email: true,
  role: true,
  municipalityId: true,
  // The session's one query brings the footer's contact too: no second query on every staff page.
  municipality: { select: { ...MUNICIPALITY_CONTACT_SELECT, slug: true } },
} as const;

/** Opens a session for a user whose password was just checked; its id goes into the session cookie. */
export async function createStaffSession(db: PrismaClient, options: { userId: string; now?: Date }): Promise<string> {
  const now = options.now ?? new Date();
  const session = await db.staffSession.create({
    data: { userId: options.userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
    select: { id: true },
  });
  return session.id;
}

/**
 * The user of a live session: not ended, not past its lifetime, not idle too long, its user not
 * disabled. Null for anything else. Keeps the session alive by noting when it was last seen.
 */
export async function resolveStaffSession(db: PrismaClient, options: { sessionId: string; userId: string; now?: Date }): Promise<TSessionUser | null> {
  const now = options.now ?? new Date();
  if (!UUID.test(options.sessionId) || !UUID.test(options.userId)) return null;
  const session = await db.staffSession.findFirst({
    where: {
      id: options.sessionId,
      userId: options.userId,
      endedAt: null,
      expiresAt: { gt: now },
      lastSeenAt: { gt: new Date(now.getTime() - SESSION_IDLE_SECONDS * 1000) },
      user: { disabledAt: null },
    },
    select: { lastSeenAt: true, user: { select: USER_SELECT } },
  });
  if (!session) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.staffSession.updateMany({ where: { id: options.sessionId, endedAt: null }, data: { lastSeenAt: now } });
  }
  return session.user;
}

/** Signing out: the session ends on the server, so a copy of the cookie opens nothing afterwards. */
export async function endStaffSession(db: PrismaClient, options: { sessionId: string; userId: string; now?: Date }): Promise<void> {
  await db.$transaction(async (tx) => {
    const ended = await tx.staffSession.updateManyAndReturn({
      where: { id: options.sessionId, userId: options.userId, endedAt: null },
      data: { endedAt: options.now ?? new Date(), endedBy: "SIGN_OUT" },
      select: { user: { select: { municipalityId: true } } },
    });
    const session = ended[0];
    if (!session) return;
    await recordAuditEvent(tx, {
      municipalityId: session.user.municipalityId,
      actorUserId: options.userId,
      action: "auth.sign-out",
      entityType: "user",
      entityId: options.userId,
    });
  });
}

/**
 * An administrator ends every session of a user of their own municipality (a lost laptop, a
 * colleague who left). Returns how many were ended, or null when there is no such user there.
 */
export async function endAllSessionsOfUser(
  db: PrismaClient,
  options: { admin: { id: string; municipalityId: string }; userId: string; now?: Date },
): Promise<number | null> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: options.userId, municipalityId: options.admin.municipalityId }, select: { id: true } });
    if (!user) return null;
    const ended = await tx.staffSession.updateMany({
      where: { userId: user.id, endedAt: null },
      data: { endedAt: options.now ?? new Date(), endedBy: "ENDED_BY_ADMIN" },
    });
    await auditAs(tx, options.admin, {
      action: "auth.sessions-ended",
      entityType: "user",
      entityId: user.id,
      metadata: { sessions: ended.count },
    });
    return ended.count;
  });
}
