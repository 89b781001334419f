import { arrivalVisibleTo } from "@/lib/arrivals/arrival-visibility";
import type { PrismaClient } from "@/lib/db-client";
import { checklistStepId } from "@/lib/steps/step-rules";

/** A step ticked or reminded of: its rule key, and the household member it is for (null: the household). */
export type TStepRef = { stepKey: string; householdMemberId: string | null };

/** The checklist id of a stored tick or reminder, as the packet names its step. */
export const checklistIdOf = (row: TStepRef) => checklistStepId(row.stepKey, row.householdMemberId);

/** Steps ticked off for an arrival by checklist id (a step per child has its own), with when. */
export async function getStepProgress(db: Pick<PrismaClient, "stepProgress">, options: { municipalityId: string; arrivalId: string }) {
  const rows = await db.stepProgress.findMany({
    where: { arrivalId: options.arrivalId, arrival: arrivalVisibleTo(options) },
    select: { stepKey: true, householdMemberId: true, completedAt: true },
  });
  return new Map(rows.map((row) => [checklistIdOf(row), row.completedAt]));
}

/**
 * Ticks a step off or on again; idempotent, so a repeated click or form post changes nothing more.
 * One INSERT … ON CONFLICT DO NOTHING: two members of a household ticking the same step at the same
 * moment both succeed (an upsert reads, then inserts, and the second insert broke the unique key,
 * which treats "no member" as one value).
 */
export async function setStepDone(db: Pick<PrismaClient, "stepProgress">, options: { arrivalId: string; step: TStepRef; isDone: boolean }) {
  const row = { arrivalId: options.arrivalId, stepKey: options.step.stepKey, householdMemberId: options.step.householdMemberId };
  if (options.isDone) {
    await db.stepProgress.createMany({ data: [row], skipDuplicates: true });
  } else {
    await db.stepProgress.deleteMany({ where: row });
  }
}
