import type { PrismaClient } from "@/lib/db-client";

/** Step ids ticked off for an arrival (a step per child has its own id), with when. */
export async function getStepProgress(db: Pick<PrismaClient, "stepProgress">, options: { municipalityId: string; arrivalId: string }) {
  const rows = await db.stepProgress.findMany({
    where: { arrivalId: options.arrivalId, arrival: { municipalityId: options.municipalityId } },
    select: { stepKey: true, completedAt: true },
  });
  return new Map(rows.map((row) => [row.stepKey, row.completedAt]));
}

/**
 * Ticks a step off or on again; idempotent, so a repeated click or form post changes nothing more.
 * One INSERT … ON CONFLICT DO NOTHING: two members of a household ticking the same step at the same
 * moment both succeed (an upsert reads, then inserts, and the second insert broke the unique key).
 */
export async function setStepDone(db: Pick<PrismaClient, "stepProgress">, options: { arrivalId: string; stepId: string; isDone: boolean }) {
  if (options.isDone) {
    await db.stepProgress.createMany({ data: [{ arrivalId: options.arrivalId, stepKey: options.stepId }], skipDuplicates: true });
  } else {
    await db.stepProgress.deleteMany({ where: { arrivalId: options.arrivalId, stepKey: options.stepId } });
  }
}
