import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActingUser } from "@/lib/auth/acting-user";
import { issuePersonalLink, resolvePersonalLink } from "@/lib/links/personal-links";
import { tickStepAtDesk } from "@/lib/progress/desk-ticks";
import { setStepDone } from "@/lib/progress/step-progress";
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

const CPR = { stepKey: "cpr-registration", householdMemberId: null };
const tick = (user: TActingUser, arrivalId: string, stepId: string, done: boolean) => tickStepAtDesk(db, { user, input: { arrivalId, stepId, done } });
const ticksOf = (arrivalId: string) => db.stepProgress.findMany({ where: { arrivalId }, select: { stepKey: true, source: true, markedById: true } });

describe("ticking a step at the counter", () => {
  it("is recorded as the caseworker's, audited, shown to the newcomer as done at Borgerservice, and taken off the work list", async () => {
    const arrivalId = await registerTestArrival(db, herning, herningArrivalForm({ givenName: "Skranke", familyName: "Flueben", arrivalDate: "2026-11-10" }));
    // Five days after arrival is Sunday 15 November: Borgerservice is open again on the Monday.
    expect((await db.arrival.findUniqueOrThrow({ where: { id: arrivalId } })).nextOpenDeadline).toEqual(new Date("2026-11-16"));

    expect(await tick(herning, arrivalId, "cpr-registration", true)).toBe("ticked");
    expect(await ticksOf(arrivalId)).toEqual([{ stepKey: "cpr-registration", source: "COUNTER", markedById: herning.id }]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: arrivalId, action: "step.tick" } });
    expect(event).toMatchObject({ actorUserId: herning.id, metadata: { stepKey: "cpr-registration", householdMemberId: null, source: "counter" } });
    // The refugee's next deadline is now the integration programme's, a month after arrival.
    expect((await db.arrival.findUniqueOrThrow({ where: { id: arrivalId } })).nextOpenDeadline).toEqual(new Date("2026-12-10"));

    const { token } = await issuePersonalLink(db, { user: herning, arrivalId });
    const link = await resolvePersonalLink(db, token);
    expect(link?.progress.get("cpr-registration")).toMatchObject({ isAtCounter: true });

    // A second click changes nothing and writes no second row.
    expect(await tick(herning, arrivalId, "cpr-registration", true)).toBe("unchanged");
    expect(await db.auditEvent.count({ where: { entityId: arrivalId, action: "step.tick" } })).toBe(1);

    expect(await tick(herning, arrivalId, "cpr-registration", false)).toBe("unticked");
    expect(await ticksOf(arrivalId)).toEqual([]);
    expect(await db.auditEvent.count({ where: { entityId: arrivalId, action: "step.untick" } })).toBe(1);
    expect((await db.arrival.findUniqueOrThrow({ where: { id: arrivalId } })).nextOpenDeadline).toEqual(new Date("2026-11-16"));
  });

  it("leaves a step the newcomer ticked as theirs", async () => {
    const arrivalId = await registerTestArrival(db, herning, herningArrivalForm({ givenName: "Selv", familyName: "Flueben" }));
    await setStepDone(db, { arrivalId, step: CPR, isDone: true });
    expect(await tick(herning, arrivalId, "cpr-registration", true)).toBe("unchanged");
    expect(await ticksOf(arrivalId)).toEqual([{ stepKey: "cpr-registration", source: "NEWCOMER", markedById: null }]);
  });

  it("is refused for another municipality's arrival and for a step not on the household's checklist, changing nothing", async () => {
    const arrivalId = await registerTestArrival(db, herning, herningArrivalForm({ givenName: "Fremmed", familyName: "Flueben" }));
    expect(await tick(holbaek, arrivalId, "cpr-registration", true)).toBe("not-found");
    // A refugee gets no student registration; a made-up child's step is no step at all.
    expect(await tick(herning, arrivalId, "student-registration", true)).toBe("not-a-step");
    expect(await tick(herning, arrivalId, "school-enrolment-00000000-0000-4000-8000-000000000000", true)).toBe("not-a-step");
    expect(await ticksOf(arrivalId)).toEqual([]);
    expect(await db.auditEvent.count({ where: { entityId: arrivalId, action: { in: ["step.tick", "step.untick"] } } })).toBe(0);
  });

  it("is counted in the statistics apart from the newcomers' own ticks", async () => {
    // An arrival day of this test's own: nobody else's ticks are counted on it.
    const arrivalDate = "2019-03-14";
    const atCounter = await registerTestArrival(db, herning, herningArrivalForm({ givenName: "Tal", familyName: "Skranke", arrivalDate }));
    const byThemselves = await registerTestArrival(db, herning, herningArrivalForm({ givenName: "Tal", familyName: "Selv", arrivalDate }));
    await tick(herning, atCounter, "mitid", true);
    await setStepDone(db, { arrivalId: byThemselves, step: { stepKey: "mitid", householdMemberId: null }, isDone: true });
    const counts = await db.statsArrivalDay.findMany({
      where: { municipalityId: herning.municipalityId, day: new Date(arrivalDate), key: "mitid" },
      select: { dimension: true, count: true },
      orderBy: { dimension: "asc" },
    });
    expect(counts).toEqual([
      { dimension: "step-applies", count: 2 },
      { dimension: "step-ticked", count: 2 },
      { dimension: "step-ticked-counter", count: 1 },
    ]);
  });
});
