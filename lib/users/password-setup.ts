import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword } from "@/lib/auth/password";
import { hashOneTimeToken, isWellFormedOneTimeToken, newOneTimeToken } from "@/lib/crypto/one-time-token";
import type { PrismaClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { passwordProblem, type TPasswordProblem } from "./password-rules";

/** How long a set-password link works. */
export const SETUP_LINK_HOURS = 72;

type TTransaction = Prisma.TransactionClient;

const hashOf = hashOneTimeToken;
export const isWellFormedSetupToken = isWellFormedOneTimeToken;

/**
 * A new one-time set-password link for a user; earlier unused ones stop working. Returns the token
 * (shown once to the administrator, never stored: only its SHA-256 is).
 */
export async function issueSetupToken(tx: TTransaction, options: { userId: string; createdById: string; now?: Date }): Promise<string> {
  const now = options.now ?? new Date();
  await tx.passwordSetupToken.updateMany({ where: { userId: options.userId, usedAt: null }, data: { usedAt: now } });
  const { token, hash } = newOneTimeToken();
  await tx.passwordSetupToken.create({
    data: {
      userId: options.userId,
      createdById: options.createdById,
      tokenHash: hash,
      expiresAt: new Date(now.getTime() + SETUP_LINK_HOURS * 3_600_000),
    },
  });
  return token;
}

/** Who a set-password link is for, if it still works: for the page that asks for the password. */
export async function findSetupLinkUser(db: PrismaClient, token: string, now = new Date()) {
  if (!isWellFormedSetupToken(token)) return null;
  const setup = await db.passwordSetupToken.findUnique({
    where: { tokenHash: hashOf(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { name: true, email: true, disabledAt: true, municipality: { select: { name: true } } } } },
  });
  if (!setup || setup.usedAt || setup.expiresAt <= now || setup.user.disabledAt) return null;
  return setup.user;
}

export type TSetPasswordResult = { status: "set" } | { status: "invalid-link" } | { status: "weak"; problem: TPasswordProblem };

/**
 * Sets the password through a set-password link: once (the link is used up in the same statement
 * that checks it), only while it works, and only a password the rules accept. The user's other
 * sessions end: whoever knew the old password is out.
 */
export async function setPasswordWithLink(db: PrismaClient, options: { token: string; password: string; now?: Date }): Promise<TSetPasswordResult> {
  const now = options.now ?? new Date();
  if (!isWellFormedSetupToken(options.token)) return { status: "invalid-link" };
  const user = await findSetupLinkUser(db, options.token, now);
  if (!user) return { status: "invalid-link" };
  const problem = passwordProblem(options.password, { email: user.email, municipalityName: user.municipality.name });
  if (problem) return { status: "weak", problem };
  const passwordHash = await hashPassword(options.password);
  return db.$transaction(async (tx) => {
    // Claims the link: of two submits at once, only one finds it unused.
    const claimed = await tx.passwordSetupToken.updateManyAndReturn({
      where: { tokenHash: hashOf(options.token), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
      select: { userId: true, user: { select: { municipalityId: true, disabledAt: true } } },
    });
    const setup = claimed[0];
    if (!setup || setup.user.disabledAt) return { status: "invalid-link" } as const;
    await tx.user.update({ where: { id: setup.userId }, data: { passwordHash } });
    await tx.staffSession.updateMany({ where: { userId: setup.userId, endedAt: null }, data: { endedAt: now, endedBy: "PASSWORD_SET" } });
    await recordAuditEvent(tx, {
      municipalityId: setup.user.municipalityId,
      actorUserId: setup.userId,
      action: "user.password-set",
      entityType: "user",
      entityId: setup.userId,
    });
    return { status: "set" } as const;
  });
}
