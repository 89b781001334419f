import type { PrismaClient } from "@/lib/db-client";
import { HOUSEHOLD_RECORD_SELECT, type THouseholdRecord, toRuleHousehold } from "@/lib/packet/load-packet-input";
import { applicableStepId, computeApplicableSteps } from "@/lib/steps/step-rules";

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

/**
 * Fills in the steps of arrivals stored before they were kept (every record has at least the steps
 * that apply to all, so an empty list means "never computed"). Idempotent; run after migrating.
 */
export async function backfillApplicableStepIds(db: PrismaClient): Promise<number> {
  const stale = await db.arrival.findMany({
    where: { applicableStepIds: { isEmpty: true } },
    select: { id: true, ...HOUSEHOLD_RECORD_SELECT },
  });
  for (const arrival of stale) {
    await db.arrival.update({ where: { id: arrival.id }, data: { applicableStepIds: applicableStepIdsOf(arrival) } });
  }
  return stale.length;
}
