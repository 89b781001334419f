import { auditAs } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { refreshStoredSteps } from "@/lib/steps/stored-steps";
import { arrivalColumns, householdRows } from "./arrival-data";
import { findLikelyDuplicates } from "./find-likely-duplicates";
import type { TArrivalForm } from "./schemas";

type TCreateArrivalOptions = {
  user: TActingUser;
  form: TArrivalForm;
  /** One per rendered form: a second submit of the same form returns the first arrival. */
  creationKey: string;
  /** The caseworker saw the likely duplicates and chose to register anyway. */
  isDuplicateConfirmed: boolean;
  /** When the household is registered: a deadline already past on that day counts from it. */
  now?: Date;
};

export type TCreateArrivalResult =
  | { status: "created" | "already-created"; arrivalId: string }
  | { status: "likely-duplicate"; duplicates: { id: string; givenName: string; familyName: string; arrivalDate: Date }[] };

export async function createArrival(db: PrismaClient, options: TCreateArrivalOptions): Promise<TCreateArrivalResult> {
  const { user, form, creationKey } = options;
  const existing = await db.arrival.findUnique({
    where: { municipalityId_creationKey: { municipalityId: user.municipalityId, creationKey } },
    select: { id: true },
  });
  if (existing) return { status: "already-created", arrivalId: existing.id };

  if (!options.isDuplicateConfirmed) {
    const duplicates = await findLikelyDuplicates(db, { user, ...form });
    if (duplicates.length > 0) return { status: "likely-duplicate", duplicates };
  }

  try {
    const members = householdRows(form);
    const arrivalId = await db.$transaction(async (tx) => {
      const arrival = await tx.arrival.create({
        data: {
          ...arrivalColumns(form),
          municipalityId: user.municipalityId,
          createdById: user.id,
          assignedToId: user.id,
          lastWorkedById: user.id,
          creationKey,
          createdAt: options.now ?? new Date(),
        },
        select: { id: true },
      });
      await tx.householdMember.createMany({ data: members.map((row) => ({ ...row, arrivalId: arrival.id })) });
      await refreshStoredSteps(tx, arrival.id);
      await auditAs(tx, user, {
        action: "arrival.create",
        entityType: "arrival",
        entityId: arrival.id,
      });
      return arrival.id;
    });
    return { status: "created", arrivalId };
  } catch (error) {
    // Two submits of one form racing each other: the unique creation key lets only one insert win.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await db.arrival.findUniqueOrThrow({
        where: { municipalityId_creationKey: { municipalityId: user.municipalityId, creationKey } },
        select: { id: true },
      });
      return { status: "already-created", arrivalId: winner.id };
    }
    throw error;
  }
}
