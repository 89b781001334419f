import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MERGE_FIELDS, mergeArrivals, type TMergeField, type TMergeInput } from "@/lib/arrivals/merge-arrivals";
import { searchAuditLog } from "@/lib/audit/search-audit-log";
import type { TActingUser } from "@/lib/auth/acting-user";
import { issuePersonalLink, resolvePersonalLink } from "@/lib/links/personal-links";
import { addArrivalNote } from "@/lib/notes/arrival-notes";
import { generateWelcomePacket } from "@/lib/packet/packet-service";
import { setStepDone } from "@/lib/progress/step-progress";
import { herningArrivalForm, registerTestArrival } from "../support/arrival-form";
import { seedDemoActors } from "../support/demo-actors";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
let herning: TActingUser;
let holbaek: TActingUser;
let admin: TActingUser;

beforeAll(async () => {
  ({ herning, holbaek } = await seedDemoActors(db));
  admin = await db.user.findUniqueOrThrow({ where: { email: "admin@herning.demo" }, select: { id: true, municipalityId: true } });
});
afterAll(() => db.$disconnect());

const keepAll = Object.fromEntries(MERGE_FIELDS.map((field) => [field, "kept"])) as Record<TMergeField, "kept" | "merged">;
const input = (arrivalId: string, otherId: string, change: Partial<Record<TMergeField, "kept" | "merged">> = {}): TMergeInput => ({
  arrivalId,
  otherId,
  keptVersion: 1,
  otherVersion: 1,
  choices: { ...keepAll, ...change },
  confirmed: "yes",
});

describe("merging two records of one household", () => {
  it("keeps the chosen values, and the other's ticks, notes, packets and audit history follow; its links stop working", async () => {
    const kept = await registerTestArrival(
      db,
      herning,
      herningArrivalForm({ givenName: "Dmytro", familyName: "Kovalchuk-Flet", email: "", phone: "+45 11 22 33 44" }),
    );
    const other = await registerTestArrival(
      db,
      herning,
      herningArrivalForm({
        givenName: "Dmytro",
        familyName: "Kovaltchuk-Flet",
        email: "dmytro@example.ua",
        children: [{ givenName: "Taras", familyName: "Kovalchuk-Flet", dateOfBirth: "2016-04-04" }],
      }),
    );
    await setStepDone(db, { arrivalId: kept, step: { stepKey: "library", householdMemberId: null }, isDone: true });
    await setStepDone(db, { arrivalId: other, step: { stepKey: "library", householdMemberId: null }, isDone: true });
    await setStepDone(db, { arrivalId: other, step: { stepKey: "nemkonto", householdMemberId: null }, isDone: true });
    const taras = await db.householdMember.findFirstOrThrow({ where: { arrivalId: other } });
    await setStepDone(db, { arrivalId: other, step: { stepKey: "school-enrolment", householdMemberId: taras.id }, isDone: true });
    await addArrivalNote(db, { user: herning, note: { arrivalId: other, text: "Kom med skolepapirer." } });
    const packet = await generateWelcomePacket(db, { user: herning, arrivalId: other, language: "en" });
    const otherLink = await issuePersonalLink(db, { user: herning, arrivalId: other });
    const otherVersion = (await db.arrival.findUniqueOrThrow({ where: { id: other } })).version;

    const outcome = await mergeArrivals(db, {
      user: herning,
      input: { ...input(kept, other, { email: "merged", household: "merged" }), otherVersion },
    });
    expect(outcome).toBe("merged");

    const record = await db.arrival.findUniqueOrThrow({ where: { id: kept }, include: { householdMembers: true } });
    expect(record).toMatchObject({ familyName: "Kovalchuk-Flet", email: "dmytro@example.ua", phone: "+45 11 22 33 44", version: 2 });
    expect(record.householdMembers.map((member) => member.id)).toEqual([taras.id]);
    expect(record.applicableStepIds).toContain(`school-enrolment-${taras.id}`);
    const ticks = await db.stepProgress.findMany({ where: { arrivalId: kept }, select: { stepKey: true, householdMemberId: true } });
    expect(ticks.map((tick) => tick.stepKey).sort()).toEqual(["library", "nemkonto", "school-enrolment"]);
    expect(await db.arrivalNote.count({ where: { arrivalId: kept } })).toBe(1);
    expect(await db.welcomePacket.findUniqueOrThrow({ where: { id: packet!.packetId } })).toMatchObject({ arrivalId: kept });
    expect(await db.arrival.findUnique({ where: { id: other } })).toBeNull();
    expect(await resolvePersonalLink(db, otherLink.token)).toBeNull();

    // The audit log finds the other record's history under the name that stayed.
    const log = await searchAuditLog(db, { user: admin, search: { arrival: "Kovalchuk-Flet" } });
    const about = log.items.filter((row) => row.entityId === other);
    expect(about.map((row) => row.action)).toEqual(expect.arrayContaining(["arrival.create", "arrival.note-add", "packet.generate", "arrival.merge"]));
    expect(new Set(about.map((row) => row.entityName))).toEqual(new Set(["Dmytro Kovalchuk-Flet"]));
    const merge = await db.auditEvent.findFirstOrThrow({ where: { entityId: kept, action: "arrival.merge" } });
    expect(merge.metadata).toEqual({ mergedId: other, fromMerged: ["email", "household"] });
  });

  it("is refused for another municipality's record, for the same record twice, and when either was saved since it was compared", async () => {
    const one = await registerTestArrival(db, herning, herningArrivalForm({ givenName: "En", familyName: "Sammenlaegning" }));
    const two = await registerTestArrival(db, herning, herningArrivalForm({ givenName: "To", familyName: "Sammenlaegning" }));
    expect(await mergeArrivals(db, { user: holbaek, input: input(one, two) })).toBe("not-found");
    expect(await mergeArrivals(db, { user: herning, input: input(one, one) })).toBe("same-record");
    expect(await mergeArrivals(db, { user: herning, input: { ...input(one, two), otherVersion: 7 } })).toBe("conflict");
    expect(await db.arrival.count({ where: { id: { in: [one, two] } } })).toBe(2);
    expect(await db.auditEvent.count({ where: { entityId: { in: [one, two] }, action: "arrival.merge" } })).toBe(0);
  });
});
