import { auditAs, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { PrismaClient } from "@/lib/db-client";
import { logEvent } from "@/lib/log/log-event";
import type { TAuthenticatedUser } from "./acting-user";
import { createStaffSession } from "./staff-sessions";

export type TIdentityCheck = { status: "known"; user: TAuthenticatedUser } | { status: "unknown" };

/**
 * The staff member an identity provider vouches for: an active user an administrator created in
 * that provider's municipality, found by the e-mail the provider's claim gives. Anyone else is
 * refused: there is no self-registration, and the role is always Ankomst's own.
 */
export async function findStaffUserForIdentity(db: PrismaClient, options: { municipalityId: string; email: unknown }): Promise<TIdentityCheck> {
  const email = typeof options.email === "string" ? options.email.trim().toLowerCase() : "";
  if (!email || email.length > 254) return { status: "unknown" };
  const user = await db.user.findFirst({
    where: { email, municipalityId: options.municipalityId, disabledAt: null },
    select: { id: true, email: true, name: true, role: true, municipalityId: true },
  });
  return user ? { status: "known", user } : { status: "unknown" };
}

/** Refused by the provider's municipality: audited there for a user who exists but is deactivated, logged for anyone else. */
export async function recordRefusedIdentity(db: PrismaClient, options: { municipalityId: string; email: unknown; providerId: string }): Promise<void> {
  const email = typeof options.email === "string" ? options.email.trim().toLowerCase().slice(0, 254) : "";
  const account = email ? await db.user.findFirst({ where: { email, municipalityId: options.municipalityId }, select: { id: true } }) : null;
  if (account) {
    await recordAuditEvent(db, {
      municipalityId: options.municipalityId,
      actorUserId: null,
      action: "auth.sign-in-failed",
      entityType: "user",
      entityId: account.id,
      metadata: { method: "identity-provider", provider: options.providerId, reason: "deactivated" },
    });
  } else {
    logEvent("warn", "auth.sign-in-failed", { method: "identity-provider", provider: options.providerId, email: email || "(no e-mail claim)" });
  }
}

/** Opens the session of a staff member the provider just vouched for, and audits the sign-in. */
export async function signInThroughIdentityProvider(
  db: PrismaClient,
  options: { municipalityId: string; email: unknown; providerId: string },
): Promise<{ user: TAuthenticatedUser; sessionId: string } | null> {
  const found = await findStaffUserForIdentity(db, options);
  if (found.status !== "known") return null;
  const { user } = found;
  const sessionId = await createStaffSession(db, { userId: user.id });
  await auditAs(db, user, {
    action: "auth.sign-in",
    entityType: "user",
    entityId: user.id,
    metadata: { method: "identity-provider", provider: options.providerId },
  });
  return { user, sessionId };
}
