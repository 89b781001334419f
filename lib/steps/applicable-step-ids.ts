import type { PrismaClient } from "@/lib/db-client";
import { HOUSEHOLD_RECORD_SELECT, type THouseholdRecord, toRuleHousehold } from "@/lib/packet/load-packet-input";
import { applicableStepId, computeApplicableSteps, STEP_RULES_VERSION } from "@/lib/steps/step-rules";
import { writeStepDeadlines } from "@/lib/worklist/step-deadlines";

type TMember = Pick<THouseholdRecord["householdMembers"][number], "id" | "kind" | "dateOfBirth" | "seekingWork">;
export type TStepIdRecord = Omit<THouseholdRecord, "householdMembers"> & { householdMembers: TMember[] };

/**
 * The checklist ids of the steps that apply to a record ("school-enrolment-<child id>" for a child):
 * stored on the arrival with every save, so statistics can count who could tick a step, and which
 * ticks still count, without running the step rules in SQL.
 */
export function applicableStepIdsOf(record: TStepIdRecord): string[] {
  const householdMembers = record.householdMembers.map((member) => ({ ...member, givenName: "", familyName: "" }));
  return computeApplicableSteps(toRuleHousehold({ ...record, householdMembers })).map(applicableStepId);
}

/** The stored steps of a record and the version of the rules that computed them, as written with every save. */
export function applicableStepColumns(record: TStepIdRecord): { applicableStepIds: string[]; stepRulesVersion: number } {
  return { applicableStepIds: applicableStepIdsOf(record), stepRulesVersion: STEP_RULES_VERSION };
}

/**
 * Computes the steps again for every arrival whose stored steps an older version of the rules
 * computed (or none: version 0), so statistics always count by today's rules. Idempotent, run
 * after migrating; anonymised arrivals keep what they had, their households are gone.
 */
export async function backfillApplicableStepIds(db: PrismaClient, options: { batchSize?: number } = {}): Promise<number> {
  const batchSize = options.batchSize ?? 500;
  let recomputed = 0;
  for (;;) {
    const stale = await db.arrival.findMany({
      where: { stepRulesVersion: { lt: STEP_RULES_VERSION }, anonymisedAt: null },
      select: { id: true, ...HOUSEHOLD_RECORD_SELECT },
      take: batchSize,
    });
    for (const arrival of stale) {
      await db.$transaction(async (tx) => {
        await tx.arrival.update({ where: { id: arrival.id }, data: applicableStepColumns(arrival) });
        await writeStepDeadlines(tx, arrival.id);
      });
    }
    recomputed += stale.length;
    if (stale.length < batchSize) return recomputed;
  }
}
