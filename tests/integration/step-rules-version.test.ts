import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActingUser } from "@/lib/auth/acting-user";
import { HOUSEHOLD_RECORD_SELECT } from "@/lib/packet/load-packet-input";
import { applicableStepIdsOf, backfillApplicableStepIds, countStaleStepIds } from "@/lib/steps/applicable-step-ids";
import { loadStepContext } from "@/lib/steps/step-context";
import { STEP_RULES_VERSION } from "@/lib/steps/step-rules";
import { createTestArrival, herningArrivalForm } from "../support/arrival-form";
import { seedDemoActors } from "../support/demo-actors";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
let herning: TActingUser;

beforeAll(async () => {
  ({ herning } = await seedDemoActors(db));
});
afterAll(() => db.$disconnect());

async function registerFamily(familyName: string) {
  const created = await createTestArrival(db, {
    user: herning,
    form: herningArrivalForm({
      givenName: "Olena",
      familyName,
      dateOfBirth: "1987-05-06",
      children: [{ givenName: "Mykola", familyName, dateOfBirth: "2018-04-01" }],
    }),
    creationKey: crypto.randomUUID(),
    isDuplicateConfirmed: true,
  });
  if (created.status !== "created") throw new Error(created.status);
  return created.arrivalId;
}

describe("the stored applicable steps carry the step rules' version", () => {
  it("a saved arrival stores its steps with the rules' current version", async () => {
    const arrivalId = await registerFamily("Rules-Current");
    const stored = await db.arrival.findUniqueOrThrow({ where: { id: arrivalId }, select: { stepRulesVersion: true, applicableStepIds: true } });
    expect(stored.stepRulesVersion).toBe(STEP_RULES_VERSION);
    expect(stored.applicableStepIds.some((id) => id.startsWith("school-enrolment-"))).toBe(true);
  });

  it("steps an older version of the rules computed are computed again, non-empty ones too, and only once", async () => {
    const arrivalId = await registerFamily("Rules-Older");
    await db.arrival.update({ where: { id: arrivalId }, data: { stepRulesVersion: STEP_RULES_VERSION - 1, applicableStepIds: ["a-step-the-old-rules-had"] } });

    expect(await countStaleStepIds(db)).toBeGreaterThanOrEqual(1);
    expect(await backfillApplicableStepIds(db, { batchSize: 1 })).toBeGreaterThanOrEqual(1);
    const recomputed = await db.arrival.findUniqueOrThrow({
      where: { id: arrivalId },
      select: { stepRulesVersion: true, applicableStepIds: true, ...HOUSEHOLD_RECORD_SELECT },
    });
    expect(recomputed.stepRulesVersion).toBe(STEP_RULES_VERSION);
    expect(recomputed.applicableStepIds).toEqual(applicableStepIdsOf(recomputed, await loadStepContext(db, herning.municipalityId), "2026-12-05"));
    expect(recomputed.applicableStepIds).not.toContain("a-step-the-old-rules-had");

    expect(await backfillApplicableStepIds(db)).toBe(0);
    expect(await countStaleStepIds(db)).toBe(0);
  });
});
