import type { PrismaClient } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { type THouseholdRecord, toRuleHousehold } from "@/lib/packet/load-packet-input";
import { applicableStepId, computeApplicableSteps, STEP_RULES_VERSION } from "@/lib/steps/step-rules";
import { refreshStoredSteps } from "@/lib/steps/stored-steps";
import type { TStepContext } from "./step-context";

type TMember = Pick<THouseholdRecord["householdMembers"][number], "id" | "kind" | "dateOfBirth" | "seekingWork" | "cprRegisteredOn">;
export type TStepIdRecord = Omit<THouseholdRecord, "householdMembers"> & { householdMembers: TMember[] };

/**
 * The checklist ids of the steps that apply to a record ("school-enrolment-<child id>" for a child):
 * stored on the arrival with every save, so statistics can count who could tick a step, and which
 * ticks still count, without running the step rules in SQL.
 */
export function applicableStepIdsOf(record: TStepIdRecord, context: TStepContext, today: string): string[] {
  const householdMembers = record.householdMembers.map((member) => ({ ...member, givenName: "", familyName: "" }));
  return computeApplicableSteps(toRuleHousehold({ ...record, householdMembers }), context.definitions, { today, isOpenDay: context.isOpenDay }).map(
    applicableStepId,
  );
}

/**
 * Computes the steps again for every arrival whose stored steps an older version of the code
 * computed (or none: version 0), or an older revision of its municipality's rules, so statistics
 * and the work list always count by the rules in force. Idempotent, run after migrating and after
 * an administrator changes a rule; anonymised arrivals keep what they had, their households are
 * gone. Walks the arrivals in id order, so each batch reads on from the last.
 */
/** How many arrivals' stored steps are behind the code's version or their municipality's rules. */
export async function countStaleStepIds(db: PrismaClient): Promise<number> {
  const [row] = await db.$queryRaw<{ stale: bigint }[]>`
    SELECT count(*) AS stale FROM "Arrival" a JOIN "Municipality" m ON m.id = a."municipalityId"
    WHERE a."anonymisedAt" IS NULL AND (a."stepRulesVersion" < ${STEP_RULES_VERSION} OR a."stepRulesRevision" < m."stepRulesRevision")`;
  return Number(row?.stale ?? 0);
}

export async function backfillApplicableStepIds(db: PrismaClient, options: { batchSize?: number; municipalityId?: string } = {}): Promise<number> {
  const batchSize = options.batchSize ?? 500;
  let recomputed = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const batch = await db.$queryRaw<{ id: string }[]>`
      SELECT a.id FROM "Arrival" a JOIN "Municipality" m ON m.id = a."municipalityId"
      WHERE a.id > ${after}::uuid AND a."anonymisedAt" IS NULL
        AND (a."stepRulesVersion" < ${STEP_RULES_VERSION} OR a."stepRulesRevision" < m."stepRulesRevision")
        ${options.municipalityId ? Prisma.sql`AND a."municipalityId" = ${options.municipalityId}::uuid` : Prisma.empty}
      ORDER BY a.id LIMIT ${batchSize}`;
    for (const arrival of batch) await db.$transaction((tx) => refreshStoredSteps(tx, arrival.id));
    recomputed += batch.length;
    if (batch.length < batchSize) return recomputed;
    after = batch.at(-1)!.id;
  }
}
