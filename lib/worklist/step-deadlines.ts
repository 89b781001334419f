import { fromIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { HOUSEHOLD_RECORD_SELECT, toRuleHousehold } from "@/lib/packet/load-packet-input";
import { computeApplicableSteps, stepMemberId } from "@/lib/steps/step-rules";

type TDb = Prisma.TransactionClient | PrismaClient;

/**
 * Writes the deadlines of an arrival's steps as the step rules compute them from the record now
 * (one row per step with a deadline, per person where the step is), then marks the ticked ones and
 * sets the arrival's earliest and latest open deadline (SQL `worklist_refresh_arrival`). Called in
 * the same transaction as every save that can change which steps apply or when they are due.
 */
export async function writeStepDeadlines(tx: TDb, arrivalId: string): Promise<void> {
  const arrival = await tx.arrival.findUnique({
    where: { id: arrivalId },
    select: { municipalityId: true, anonymisedAt: true, ...HOUSEHOLD_RECORD_SELECT },
  });
  if (!arrival) return;
  const steps = arrival.anonymisedAt ? [] : computeApplicableSteps(toRuleHousehold(arrival));
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
