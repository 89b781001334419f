import type { PrismaClient } from "@/lib/db-client";

/** Step ids ticked off for an arrival (a step per child has its own id), with when. */
export async function getStepProgress(db: Pick<PrismaClient, "stepProgress">, options: { municipalityId: string; arrivalId: string }) {
  const rows = await db.stepProgress.findMany({
    where: { arrivalId: options.arrivalId, arrival: { municipalityId: options.municipalityId } },
    select: { stepKey: true, completedAt: true },
  });
  return new Map(rows.map((row) => [row.stepKey, row.completedAt]));
}

/** Ticks a step off or on again; idempotent, so a repeated click or form post changes nothing more. */
export async function setStepDone(db: Pick<PrismaClient, "stepProgress">, options: { arrivalId: string; stepId: string; isDone: boolean }) {
  if (options.isDone) {
    await db.stepProgress.upsert({
      where: { arrivalId_stepKey: { arrivalId: options.arrivalId, stepKey: options.stepId } },
      create: { arrivalId: options.arrivalId, stepKey: options.stepId },
      update: {},
    });
  } else {
    await db.stepProgress.deleteMany({ where: { arrivalId: options.arrivalId, stepKey: options.stepId } });
  }
}
