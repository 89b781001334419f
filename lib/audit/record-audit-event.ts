import type { PrismaClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TAuditAction } from "./audit-actions";

export type TAuditEventInput = {
  municipalityId: string;
  actorUserId: string | null;
  action: TAuditAction;
  entityType: string;
  entityId?: string | null;
  metadata?: Prisma.InputJsonObject;
  /**
   * When it happened, for a scheduled job that runs on an injected clock (its "now" is when it
   * acted); otherwise the database's own time.
   */
  occurredAt?: Date;
};

type TDbOrTransaction = Pick<PrismaClient, "auditEvent">;

/** Writes one audit event; pass the transaction client so the event commits with the change it records. */
export async function recordAuditEvent(db: TDbOrTransaction, event: TAuditEventInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      municipalityId: event.municipalityId,
      actorUserId: event.actorUserId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId ?? null,
      metadata: event.metadata ?? {},
      ...(event.occurredAt ? { occurredAt: event.occurredAt } : {}),
    },
  });
}

/** What a staff member did: the event in their municipality, with them as its actor. */
export function auditAs(
  db: TDbOrTransaction,
  actor: { id: string; municipalityId: string },
  event: Omit<TAuditEventInput, "municipalityId" | "actorUserId">,
): Promise<void> {
  return recordAuditEvent(db, { ...event, municipalityId: actor.municipalityId, actorUserId: actor.id });
}
