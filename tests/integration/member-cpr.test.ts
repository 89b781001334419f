import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordMemberCpr } from "@/lib/arrivals/record-member-cpr";
import type { TActingUser } from "@/lib/auth/acting-user";
import { loadChecklistSteps } from "@/lib/steps/checklist-steps";
import { herningArrivalForm, registerTestArrival } from "../support/arrival-form";
import { seedDemoActors } from "../support/demo-actors";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
let herning: TActingUser;
let holbaek: TActingUser;

beforeAll(async () => {
  ({ herning, holbaek } = await seedDemoActors(db));
});
afterAll(() => db.$disconnect());

const now = new Date("2026-11-30T10:00:00Z");
const cprStepsOf = async (arrivalId: string) =>
  (await loadChecklistSteps(db, { municipalityId: herning.municipalityId, arrivalId, language: "en" }))!
    .filter((step) => step.stepKey === "cpr-registration")
    .map((step) => step.title);

describe("CPR registration per person", () => {
  it("gives the spouse and each child a CPR step of their own, gone once theirs is recorded, and audited", async () => {
    const arrivalId = await registerTestArrival(
      db,
      herning,
      herningArrivalForm({
        givenName: "Dmytro",
        familyName: "Personvis",
        spouse: { givenName: "Olena", familyName: "Personvis", dateOfBirth: "1991-01-01", seekingWork: false },
        children: [{ givenName: "Taras", familyName: "Personvis", dateOfBirth: "2016-04-04" }],
      }),
    );
    expect(await cprStepsOf(arrivalId)).toEqual([
      "Register for a CPR number",
      "Register for a CPR number (Olena Personvis)",
      "Register for a CPR number (Taras Personvis)",
    ]);
    const taras = await db.householdMember.findFirstOrThrow({ where: { arrivalId, kind: "CHILD" } });
    const record = (registeredOn: string, user = herning) => recordMemberCpr(db, { user, input: { arrivalId, memberId: taras.id, registeredOn }, now });

    expect(await record("2015-01-01")).toBe("date-invalid");
    expect(await record("2026-12-01")).toBe("date-invalid");
    expect(await record("2026-11-25", holbaek)).toBe("not-found");
    expect(await record("2026-11-25")).toBe("recorded");
    expect(await record("2026-11-26")).toBe("already-recorded");

    expect(await cprStepsOf(arrivalId)).toEqual(["Register for a CPR number", "Register for a CPR number (Olena Personvis)"]);
    expect(await db.stepDeadline.count({ where: { arrivalId, householdMemberId: taras.id, stepKey: "cpr-registration" } })).toBe(0);
    const stored = await db.arrival.findUniqueOrThrow({ where: { id: arrivalId }, select: { version: true, applicableStepIds: true } });
    expect(stored.version).toBe(2);
    expect(stored.applicableStepIds).not.toContain(`cpr-registration-${taras.id}`);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: arrivalId, action: "arrival.update" } });
    expect(event.metadata).toMatchObject({ fields: ["householdMember.cprRegisteredOn"], householdMemberId: taras.id });
  });
});
