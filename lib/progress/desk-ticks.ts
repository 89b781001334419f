import { z } from "zod";
import { arrivalVisibleTo } from "@/lib/arrivals/arrival-visibility";
import { auditAs } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import { loadChecklistSteps } from "@/lib/steps/checklist-steps";
import { noteWorkedOn } from "@/lib/worklist/worked-on";
import { setStepDone } from "./step-progress";

/** A caseworker's tick at the counter, as the arrival page posts it. */
export const ZDeskTickInput = z.object({
  arrivalId: z.uuid(),
  // A checklist id: a step's key, for a step per person followed by the person's id.
  stepId: z.string().min(1).max(120),
  done: z.enum(["yes", "no"]).transform((value) => value === "yes"),
});
export type TDeskTickInput = z.infer<typeof ZDeskTickInput>;

export type TDeskTickOutcome = "ticked" | "unticked" | "unchanged" | "not-found" | "not-a-step";

/**
 * A caseworker ticks or unticks a step for the household at the counter: only a step on this
 * household's checklist, recorded as ticked at the counter by this caseworker (the newcomer's page
 * says "marked done at Borgerservice"), audited with the step. A step the newcomer ticked
 * themselves stays theirs; unticking removes whichever tick there is.
 */
export async function tickStepAtDesk(db: PrismaClient, options: { user: TActingUser; input: TDeskTickInput; now?: Date }): Promise<TDeskTickOutcome> {
  const { user, input } = options;
  const steps = await loadChecklistSteps(db, { municipalityId: user.municipalityId, arrivalId: input.arrivalId, language: "da" });
  if (!steps) return "not-found";
  const step = steps.find((candidate) => candidate.id === input.stepId);
  if (!step) return "not-a-step";
  return db.$transaction(async (tx) => {
    // Still this municipality's and not anonymised as the tick is written.
    const arrival = await tx.arrival.findFirst({ where: { id: input.arrivalId, ...arrivalVisibleTo(user) }, select: { id: true } });
    if (!arrival) return "not-found";
    const changed = await setStepDone(tx, {
      arrivalId: arrival.id,
      step,
      isDone: input.done,
      by: { kind: "counter", userId: user.id },
      now: options.now,
    });
    if (!changed) return "unchanged";
    await noteWorkedOn(tx, { arrivalId: arrival.id, userId: user.id });
    await auditAs(tx, user, {
      action: input.done ? "step.tick" : "step.untick",
      entityType: "arrival",
      entityId: arrival.id,
      metadata: { stepKey: step.stepKey, householdMemberId: step.householdMemberId, source: "counter" },
    });
    return input.done ? "ticked" : "unticked";
  });
}
