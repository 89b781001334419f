import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignArrival, listAssignableCaseworkers } from "@/lib/arrivals/assign-arrival";
import { findArrivals } from "@/lib/arrivals/find-arrivals";
import type { TActingUser } from "@/lib/auth/acting-user";
import { herningArrivalForm, registerTestArrival } from "../support/arrival-form";
import { seedDemoActors } from "../support/demo-actors";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
let herning: TActingUser;
let holbaek: TActingUser;
const idOf = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;

beforeAll(async () => {
  ({ herning, holbaek } = await seedDemoActors(db));
});
afterAll(() => db.$disconnect());

const newArrival = (familyName: string) => registerTestArrival(db, herning, herningArrivalForm({ givenName: "Tildelt", familyName }));

const assigneeOf = async (arrivalId: string) => (await db.arrival.findUniqueOrThrow({ where: { id: arrivalId }, select: { assignedToId: true } })).assignedToId;

describe("assigning an arrival", () => {
  it("starts with who registered it, and hands it to a colleague with an audit row naming both", async () => {
    const arrivalId = await newArrival("Kollega");
    expect(await assigneeOf(arrivalId)).toBe(herning.id);
    const frontdesk = await idOf("frontdesk@herning.demo");
    expect(await assignArrival(db, { user: herning, input: { arrivalId, assigneeId: frontdesk } })).toBe("assigned");
    expect(await assigneeOf(arrivalId)).toBe(frontdesk);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: arrivalId, action: "arrival.assign" } });
    expect(event.metadata).toEqual({ from: herning.id, to: frontdesk });
    expect(event.actorUserId).toBe(herning.id);
    // The same again changes nothing and writes no second row.
    expect(await assignArrival(db, { user: herning, input: { arrivalId, assigneeId: frontdesk } })).toBe("unchanged");
    expect(await db.auditEvent.count({ where: { entityId: arrivalId, action: "arrival.assign" } })).toBe(1);
  });

  it("is refused for another municipality's arrival, and to anyone but an active caseworker of the municipality", async () => {
    const arrivalId = await newArrival("Afvist");
    expect(await assignArrival(db, { user: holbaek, input: { arrivalId, assigneeId: holbaek.id } })).toBe("not-found");
    for (const email of ["manager@herning.demo", "admin@herning.demo", "caseworker@holbaek.demo"]) {
      expect(await assignArrival(db, { user: herning, input: { arrivalId, assigneeId: await idOf(email) } }), email).toBe("not-assignable");
    }
    const frontdesk = await idOf("frontdesk@herning.demo");
    await db.user.update({ where: { id: frontdesk }, data: { disabledAt: new Date() } });
    try {
      expect(await assignArrival(db, { user: herning, input: { arrivalId, assigneeId: frontdesk } })).toBe("not-assignable");
      expect((await listAssignableCaseworkers(db, herning)).map((user) => user.id)).not.toContain(frontdesk);
    } finally {
      await db.user.update({ where: { id: frontdesk }, data: { disabledAt: null } });
    }
    expect(await assigneeOf(arrivalId)).toBe(herning.id);
    expect(await db.auditEvent.count({ where: { entityId: arrivalId, action: "arrival.assign" } })).toBe(0);
  });

  it("lists a caseworker's own households when asked for those assigned to them", async () => {
    const kept = await newArrival("Beholdt");
    const handedOver = await newArrival("Overdraget");
    const frontdesk = await idOf("frontdesk@herning.demo");
    await assignArrival(db, { user: herning, input: { arrivalId: handedOver, assigneeId: frontdesk } });
    const mine = (q: string) => findArrivals(db, { user: herning, search: { q, assigned: "me" } });
    expect((await mine("beholdt")).items.map((item) => item.id)).toEqual([kept]);
    expect((await mine("overdraget")).items).toEqual([]);
    const theirs = await findArrivals(db, { user: { id: frontdesk, municipalityId: herning.municipalityId }, search: { q: "overdraget", assigned: "me" } });
    expect(theirs.items.map((item) => item.id)).toEqual([handedOver]);
  });

  it("offers the municipality's active caseworkers only", async () => {
    const offered = await listAssignableCaseworkers(db, herning);
    expect(offered.map((user) => user.email).sort()).toEqual(["caseworker@herning.demo", "frontdesk@herning.demo"]);
  });
});
