import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteArrival } from "@/lib/arrivals/delete-arrival";
import type { TActingUser } from "@/lib/auth/acting-user";
import { issuePersonalLink, resolvePersonalLink } from "@/lib/links/personal-links";
import { addArrivalNote } from "@/lib/notes/arrival-notes";
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

// An arrival day of this file's own: the statistics of that day count only its households.
const ARRIVAL_DAY = "2018-06-07";
const arrivalsCounted = async () =>
  (await db.statsArrivalDay.findFirst({ where: { municipalityId: herning.municipalityId, day: new Date(ARRIVAL_DAY), dimension: "arrivals" } }))?.count ?? 0;

describe("deleting a record registered by mistake", () => {
  it("removes the household's data, links and place in the statistics, and keeps the audit trail with who and why", async () => {
    const arrivalId = await registerTestArrival(
      db,
      herning,
      herningArrivalForm({
        givenName: "Fejl",
        familyName: "Registrering",
        arrivalDate: ARRIVAL_DAY,
        children: [{ givenName: "Barn", familyName: "Registrering", dateOfBirth: "2015-01-01" }],
      }),
    );
    const { token } = await issuePersonalLink(db, { user: herning, arrivalId });
    await setStepDone(db, { arrivalId, step: { stepKey: "library", householdMemberId: null }, isDone: true });
    await addArrivalNote(db, { user: herning, note: { arrivalId, text: "Registreret to gange." } });
    expect(await arrivalsCounted()).toBe(1);

    expect(await deleteArrival(db, { user: herning, arrivalId, reason: "registered twice" })).toBe(true);

    expect(await db.arrival.findUnique({ where: { id: arrivalId } })).toBeNull();
    for (const rows of [
      await db.householdMember.count({ where: { arrivalId } }),
      await db.stepProgress.count({ where: { arrivalId } }),
      await db.stepDeadline.count({ where: { arrivalId } }),
      await db.arrivalNote.count({ where: { arrivalId } }),
      await db.personalLink.count({ where: { arrivalId } }),
    ]) {
      expect(rows).toBe(0);
    }
    expect(await resolvePersonalLink(db, token)).toBeNull();
    expect(await arrivalsCounted()).toBe(0);
    const trail = await db.auditEvent.findMany({
      where: { entityId: arrivalId },
      orderBy: { id: "asc" },
      select: { action: true, actorUserId: true, metadata: true },
    });
    expect(trail.map((event) => event.action)).toEqual(["arrival.create", "link.issue", "arrival.note-add", "arrival.delete"]);
    expect(trail.at(-1)).toMatchObject({ actorUserId: herning.id, metadata: { reason: "registered twice", registeredBy: herning.id } });
  });

  it("is refused for another municipality's record, which stays as it was", async () => {
    const arrivalId = await registerTestArrival(db, herning, herningArrivalForm({ givenName: "Anden", familyName: "Kommune" }));
    expect(await deleteArrival(db, { user: holbaek, arrivalId, reason: "not ours" })).toBe(false);
    expect(await db.arrival.count({ where: { id: arrivalId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: arrivalId, action: "arrival.delete" } })).toBe(0);
  });
});
