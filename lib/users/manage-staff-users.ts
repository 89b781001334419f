import { auditAs } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { issueSetupToken } from "./password-setup";
import type { TNewStaffUser } from "./schemas";

type TTransaction = Prisma.TransactionClient;

export type TCreateUserResult = { status: "created"; userId: string; token: string } | { status: "email-taken" };

/** A new staff member of the administrator's municipality, without a password: they choose one through the link returned. */
export async function createStaffUser(db: PrismaClient, options: { admin: TActingUser; user: TNewStaffUser }): Promise<TCreateUserResult> {
  const { admin, user } = options;
  return db.$transaction(async (tx) => {
    // E-mail addresses are unique across municipalities: saying "taken" reveals no more than sign-in does.
    const created = await tx.user.createManyAndReturn({
      data: [{ municipalityId: admin.municipalityId, name: user.name, email: user.email, role: user.role, passwordHash: null }],
      skipDuplicates: true,
      select: { id: true },
    });
    const id = created[0]?.id;
    if (!id) return { status: "email-taken" } as const;
    const token = await issueSetupToken(tx, { userId: id, createdById: admin.id });
    await audit(tx, admin, "user.create", id, { role: user.role });
    return { status: "created", userId: id, token } as const;
  });
}

export type TUserChangeResult = { status: "done" } | { status: "not-found" } | { status: "last-admin" } | { status: "unchanged" };

/** A user's new role. The last active administrator of a municipality cannot be made something else. */
export async function changeStaffRole(db: PrismaClient, options: { admin: TActingUser; userId: string; role: Role }): Promise<TUserChangeResult> {
  return db.$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx, options.admin.municipalityId);
    const target = await ownUser(tx, options.admin, options.userId);
    if (!target) return { status: "not-found" };
    if (target.role === options.role) return { status: "unchanged" };
    if (target.role === "ADMIN" && !target.disabledAt && !admins.some((id) => id !== target.id)) return { status: "last-admin" };
    await tx.user.update({ where: { id: target.id }, data: { role: options.role } });
    await audit(tx, options.admin, "user.role-change", target.id, { from: target.role, to: options.role });
    return { status: "done" };
  });
}

/**
 * Deactivates a user (their sessions end at once, they cannot sign in) or reactivates them. The
 * last active administrator cannot be deactivated.
 */
export async function setStaffUserActive(
  db: PrismaClient,
  options: { admin: TActingUser; userId: string; isActive: boolean; now?: Date },
): Promise<TUserChangeResult> {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx, options.admin.municipalityId);
    const target = await ownUser(tx, options.admin, options.userId);
    if (!target) return { status: "not-found" };
    if (options.isActive === !target.disabledAt) return { status: "unchanged" };
    if (!options.isActive && target.role === "ADMIN" && !admins.some((id) => id !== target.id)) return { status: "last-admin" };
    await tx.user.update({ where: { id: target.id }, data: { disabledAt: options.isActive ? null : now } });
    if (!options.isActive) {
      await tx.staffSession.updateMany({ where: { userId: target.id, endedAt: null }, data: { endedAt: now, endedBy: "DEACTIVATED" } });
      await tx.passwordSetupToken.updateMany({ where: { userId: target.id, usedAt: null }, data: { usedAt: now } });
    }
    await audit(tx, options.admin, options.isActive ? "user.reactivate" : "user.deactivate", target.id, {});
    return { status: "done" };
  });
}

/** A new set-password link for an active user (a forgotten password, a lost link); earlier links stop working. */
export async function newSetupLink(
  db: PrismaClient,
  options: { admin: TActingUser; userId: string },
): Promise<{ status: "issued"; token: string } | { status: "not-found" }> {
  return db.$transaction(async (tx) => {
    const target = await ownUser(tx, options.admin, options.userId);
    if (!target || target.disabledAt) return { status: "not-found" } as const;
    const token = await issueSetupToken(tx, { userId: target.id, createdById: options.admin.id });
    await audit(tx, options.admin, "user.setup-link", target.id, {});
    return { status: "issued", token } as const;
  });
}

/** The user, if they belong to the administrator's municipality, locked for the rest of the transaction. */
async function ownUser(tx: TTransaction, admin: TActingUser, userId: string) {
  const [row] = await tx.$queryRaw<{ id: string; role: Role; disabledAt: Date | null }[]>`
    SELECT id, role, "disabledAt" FROM "User" WHERE id = ${userId}::uuid AND "municipalityId" = ${admin.municipalityId}::uuid FOR UPDATE`;
  return row ?? null;
}

/**
 * The municipality's active administrators, locked first and in one order, so two administrators
 * demoting or deactivating each other at the same moment cannot both succeed (nor deadlock).
 */
async function lockActiveAdmins(tx: TTransaction, municipalityId: string): Promise<string[]> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE "municipalityId" = ${municipalityId}::uuid AND role = 'ADMIN' AND "disabledAt" IS NULL ORDER BY id FOR UPDATE`;
  return admins.map((row) => row.id);
}

function audit(
  tx: TTransaction,
  admin: TActingUser,
  action: "user.create" | "user.role-change" | "user.deactivate" | "user.reactivate" | "user.setup-link",
  userId: string,
  metadata: Prisma.InputJsonObject,
) {
  return auditAs(tx, admin, { action, entityType: "user", entityId: userId, metadata });
}
