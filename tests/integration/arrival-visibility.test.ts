import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getArrival } from "@/lib/arrivals/get-arrival";
import type { TActingUser } from "@/lib/auth/acting-user";
import { generateWelcomePacket, listGeneratedPackets } from "@/lib/packet/packet-service";
import { getStepProgress, setStepDone } from "@/lib/progress/step-progress";
import { anonymiseArrivals } from "@/lib/retention/anonymise-arrivals";
import { loadChecklistSteps } from "@/lib/steps/checklist-steps";
import { createTestArrival, herningArrivalForm } from "../support/arrival-form";
import { seedDemoActors } from "../support/demo-actors";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
let herning: TActingUser;
let holbaek: TActingUser;

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret";
  ({ herning, holbaek } = await seedDemoActors(db));
});
afterAll(() => db.$disconnect());

async function arrivalWithPacketAndTick() {
  const created = await createTestArrival(db, {
    user: herning,
    form: herningArrivalForm({ givenName: "Iryna", familyName: "Visibility" }),
    creationKey: crypto.randomUUID(),
    isDuplicateConfirmed: true,
  });
  if (created.status !== "created") throw new Error(created.status);
  const arrivalId = created.arrivalId;
  await generateWelcomePacket(db, { user: herning, arrivalId, language: "en" });
  const steps = (await loadChecklistSteps(db, { municipalityId: herning.municipalityId, arrivalId, language: "en" }))!;
  await setStepDone(db, { arrivalId, step: steps[0]!, isDone: true });
  return arrivalId;
}

describe("who may read an arrival (arrivalVisibleTo)", () => {
  it("its own municipality's staff see the record, its packets and its ticks; another municipality sees none of them", async () => {
    const arrivalId = await arrivalWithPacketAndTick();
    expect(await getArrival(db, { user: herning, arrivalId, purpose: "view" })).not.toBeNull();
    expect(await listGeneratedPackets(db, { municipalityId: herning.municipalityId, arrivalId })).toHaveLength(1);
    expect((await getStepProgress(db, { municipalityId: herning.municipalityId, arrivalId })).size).toBe(1);

    expect(await getArrival(db, { user: holbaek, arrivalId, purpose: "view" })).toBeNull();
    expect(await listGeneratedPackets(db, { municipalityId: holbaek.municipalityId, arrivalId })).toEqual([]);
    expect((await getStepProgress(db, { municipalityId: holbaek.municipalityId, arrivalId })).size).toBe(0);
  });

  it("once the arrival is anonymised, no query of the caseworker's returns it, its packets or its ticks", async () => {
    const arrivalId = await arrivalWithPacketAndTick();
    await db.$transaction((tx) => anonymiseArrivals(tx, [arrivalId], { reason: "retention" }));

    expect(await getArrival(db, { user: herning, arrivalId, purpose: "view" })).toBeNull();
    expect(await listGeneratedPackets(db, { municipalityId: herning.municipalityId, arrivalId })).toEqual([]);
    expect((await getStepProgress(db, { municipalityId: herning.municipalityId, arrivalId })).size).toBe(0);
    expect(await loadChecklistSteps(db, { municipalityId: herning.municipalityId, arrivalId, language: "en" })).toBeNull();
  });
});
