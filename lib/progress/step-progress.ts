import { arrivalVisibleTo } from "@/lib/arrivals/arrival-visibility";
import type { PrismaClient } from "@/lib/db-client";
import { checklistStepId } from "@/lib/steps/step-rules";

/** A step ticked or reminded of: its rule key, and the household member it is for (null: the household). */
export type TStepRef = { stepKey: string; householdMemberId: string | null };

/** A tick as pages show it: when, and whether a caseworker made it at the counter (and who, for staff). */
export type TStepTick = { completedAt: Date; isAtCounter: boolean; markedByName?: string | null };

/** Who ticks: the newcomer on their page, or a caseworker at the counter on their behalf. */
export type TTickedBy = { kind: "newcomer" } | { kind: "counter"; userId: string };

/** The checklist id of a stored tick or reminder, as the packet names its step. */
export const checklistIdOf = (row: TStepRef) => checklistStepId(row.stepKey, row.householdMemberId);

/** Steps ticked off for an arrival by checklist id (a step per child has its own), with when and by whom. */
export async function getStepProgress(
  db: Pick<PrismaClient, "stepProgress">,
  options: { municipalityId: string; arrivalId: string },
): Promise<Map<string, TStepTick>> {
  const rows = await db.stepProgress.findMany({
    where: { arrivalId: options.arrivalId, arrival: arrivalVisibleTo(options) },
    select: { stepKey: true, householdMemberId: true, completedAt: true, source: true, markedBy: { select: { name: true } } },
  });
  return new Map(
    rows.map((row) => [checklistIdOf(row), { completedAt: row.completedAt, isAtCounter: row.source === "COUNTER", markedByName: row.markedBy?.name ?? null }]),
  );
}

/**
 * Ticks a step off or on again; idempotent, so a repeated click or form post changes nothing more
 * (a step the newcomer ticked stays theirs when a caseworker ticks it too). One INSERT … ON
 * CONFLICT DO NOTHING: two members of a household ticking the same step at the same moment both
 * succeed (an upsert reads, then inserts, and the second insert broke the unique key, which treats
 * "no member" as one value). Returns whether anything changed.
 */
export async function setStepDone(
  db: Pick<PrismaClient, "stepProgress">,
  options: { arrivalId: string; step: TStepRef; isDone: boolean; by?: TTickedBy; now?: Date },
): Promise<boolean> {
  const row = { arrivalId: options.arrivalId, stepKey: options.step.stepKey, householdMemberId: options.step.householdMemberId };
  if (!options.isDone) return (await db.stepProgress.deleteMany({ where: row })).count > 0;
  const by = options.by ?? { kind: "newcomer" };
  const created = await db.stepProgress.createMany({
    data: [
      {
        ...row,
        ...(options.now ? { completedAt: options.now } : {}),
        ...(by.kind === "counter" ? { source: "COUNTER" as const, markedById: by.userId } : {}),
      },
    ],
    skipDuplicates: true,
  });
  return created.count > 0;
}
