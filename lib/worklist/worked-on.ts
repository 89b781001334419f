import type { PrismaClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";

type TDb = Prisma.TransactionClient | PrismaClient;

/**
 * The caseworker has just worked on the household (an edit, a CPR date, a tick or a note at the
 * counter, a packet, a link, a merge): it is theirs on the work list's "Mine" until a colleague
 * works on it. In SQL, so the record's version and `updatedAt` stay what the edit form compares:
 * a note or a tick is not an edit of the record.
 */
export async function noteWorkedOn(tx: TDb, options: { arrivalId: string; userId: string }): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Arrival" SET "lastWorkedById" = ${options.userId}::uuid
    WHERE id = ${options.arrivalId}::uuid AND "lastWorkedById" IS DISTINCT FROM ${options.userId}::uuid`;
}
