import type { PrismaClient } from "@/lib/db-client";
import { type THouseholdRecord, toRuleHousehold } from "@/lib/packet/load-packet-input";
import { applicableStepId, computeApplicableSteps, STEP_RULES_VERSION } from "@/lib/steps/step-rules";
import { refreshStoredSteps } from "@/lib/steps/stored-steps";

type TMember = Pick<THouseholdRecord["householdMembers"][number], "id" | "kind" | "dateOfBirth" | "seekingWork" | "cprRegisteredOn">;
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
      select: { id: true },
      take: batchSize,
    });
    for (const arrival of stale) {
      await db.$transaction((tx) => refreshStoredSteps(tx, arrival.id));
    }
    recomputed += stale.length;
    if (stale.length < batchSize) return recomputed;
  }
}
