import { danishDayOf, fromIsoDate, toIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { HOUSEHOLD_RECORD_SELECT, toRuleHousehold } from "@/lib/packet/load-packet-input";
import { applicableStepId, computeApplicableSteps, STEP_RULES_VERSION, stepMemberId } from "@/lib/steps/step-rules";
import { markPacketOutdated } from "@/lib/worklist/packet-state";
import { loadStepContext } from "./step-context";

type TDb = Prisma.TransactionClient | PrismaClient;

/**
 * Stores what the step rules say about an arrival as it is saved now: its applicable steps (for the
 * statistics) and the deadlines of those that have one (one row per step, per person where the step
 * is, for the work list); then marks the ticked ones and sets the arrival's open deadlines (SQL
 * `worklist_refresh_arrival`). Read from the stored record, household members' CPR dates included,
 * in the same transaction as every save that can change which steps apply or when they are due.
 */
export async function refreshStoredSteps(tx: TDb, arrivalId: string, now = new Date()): Promise<void> {
  const arrival = await tx.arrival.findUnique({
    where: { id: arrivalId },
    select: {
      municipalityId: true,
      anonymisedAt: true,
      applicableStepIds: true,
      municipality: { select: { stepRulesRevision: true } },
      stepDeadlines: { select: { stepKey: true, householdMemberId: true, deadline: true } },
      ...HOUSEHOLD_RECORD_SELECT,
    },
  });
  if (!arrival || arrival.anonymisedAt) return;
  const context = await loadStepContext(tx, arrival.municipalityId);
  const steps = computeApplicableSteps(toRuleHousehold(arrival), context.definitions, { today: danishDayOf(now), isOpenDay: context.isOpenDay });
  // A changed rule or office that gives the household other steps or deadlines makes its printed letter out of date.
  const deadlinesBefore = arrival.stepDeadlines.map((row) => `${row.stepKey}|${row.householdMemberId}|${toIsoDate(row.deadline)}`).sort();
  const deadlinesNow = steps.flatMap((step) => (step.deadline ? [`${step.key}|${stepMemberId(step)}|${step.deadline}`] : [])).sort();
  const idsNow = steps.map(applicableStepId);
  if (idsNow.join() !== arrival.applicableStepIds.join() || deadlinesNow.join() !== deadlinesBefore.join()) {
    await markPacketOutdated(tx, { arrivalIds: [arrivalId], now });
  }
  await tx.arrival.update({
    where: { id: arrivalId },
    data: { applicableStepIds: idsNow, stepRulesVersion: STEP_RULES_VERSION, stepRulesRevision: arrival.municipality.stepRulesRevision },
  });
  await tx.stepDeadline.deleteMany({ where: { arrivalId } });
  await tx.stepDeadline.createMany({
    data: steps.flatMap((step) =>
      step.deadline === null
        ? []
        : [
            {
              arrivalId,
              municipalityId: arrival.municipalityId,
              stepKey: step.key,
              householdMemberId: stepMemberId(step),
              deadline: fromIsoDate(step.deadline),
            },
          ],
    ),
  });
  await tx.$executeRaw`SELECT worklist_refresh_arrival(${arrivalId}::uuid)`;
}
