import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findArrivals } from "@/lib/arrivals/find-arrivals";
import { getArrival } from "@/lib/arrivals/get-arrival";
import type { TActingUser } from "@/lib/auth/acting-user";
import { issuePersonalLink } from "@/lib/links/personal-links";
import { generateWelcomePacket } from "@/lib/packet/packet-service";
import { erasePerson, reasonNamesPerson } from "@/lib/people/erase-person";
import { exportPersonData } from "@/lib/people/export-person";
import { setStepDone } from "@/lib/progress/step-progress";
import { createTestArrival, ZArrivalFormOnTestDay } from "../support/arrival-form";
import { seedDemoActors } from "../support/demo-actors";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
let herning: TActingUser;
let holbaek: TActingUser;
let admin: TActingUser;
let personId: string;
let priyaId: string;
const NAMES = ["Ifeoma", "Okonkwo-Rights", "Chidi", "Adaeze"];

beforeAll(async () => {
  ({ herning, holbaek, priyaId } = await seedDemoActors(db));
  admin = await db.user.findUniqueOrThrow({ where: { email: "admin@herning.demo" }, select: { id: true, municipalityId: true } });
  const form = ZArrivalFormOnTestDay.parse({
    givenName: "Ifeoma",
    familyName: "Okonkwo-Rights",
    dateOfBirth: "1990-06-15",
    nationality: "NG",
    packetLanguage: "en",
    email: "ifeoma@example.org",
    phone: "",
    arrivalDate: "2026-10-01",
    addressLine: "Bethaniagade 4",
    postalCode: "7400",
    city: "Herning",
    residenceBasis: "WORK_PERMIT",
    employerOrSchool: "Herning Hospital",
    expectedStayMonths: "",
    cprRegistered: false,
    cprRegisteredOn: "",
    spouse: { givenName: "Chidi", familyName: "Okonkwo-Rights", dateOfBirth: "", seekingWork: true },
    children: [{ givenName: "Adaeze", familyName: "Okonkwo-Rights", dateOfBirth: "2019-03-03" }],
  });
  const created = await createTestArrival(db, { user: herning, form, creationKey: randomUUID(), isDuplicateConfirmed: true });
  if (created.status === "likely-duplicate") throw new Error("unexpected");
  personId = created.arrivalId;
  await issuePersonalLink(db, { user: herning, arrivalId: personId });
  await generateWelcomePacket(db, { user: herning, arrivalId: personId, language: "en" });
  await setStepDone(db, { arrivalId: personId, step: { stepKey: "mitid", householdMemberId: null }, isDone: true });
  await getArrival(db, { user: herning, arrivalId: personId, purpose: "view" });
  // A search that showed them and Priya together.
  await findArrivals(db, { user: herning, search: { q: "" } });
});
afterAll(() => db.$disconnect());

describe("a newcomer's data export", () => {
  it("holds the record, household, packets, links, ticks and who read it, and nothing of anyone else", async () => {
    const data = await exportPersonData(db, { user: admin, arrivalId: personId });
    expect(data).toMatchObject({
      person: { givenName: "Ifeoma", familyName: "Okonkwo-Rights", email: "ifeoma@example.org" },
      household: [
        { kind: "SPOUSE", givenName: "Chidi" },
        { kind: "CHILD", givenName: "Adaeze", dateOfBirth: "2019-03-03" },
      ],
      stepsTicked: [{ step: "mitid" }],
    });
    expect(data?.packetsSent).toHaveLength(1);
    expect(data?.personalLinks).toHaveLength(1);
    const actions = data?.whoReadOrChangedIt.map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(["arrival.create", "link.issue", "packet.generate", "arrival.view", "arrival.search"]));
    const text = JSON.stringify(data);
    for (const other of [priyaId, "Priya", "Raman", "queryDigest", "shownIds"]) expect(text, other).not.toContain(other);
    expect(await db.auditEvent.count({ where: { action: "person.export", entityId: personId, actorUserId: admin.id } })).toBe(1);
  });

  it("is refused for another municipality's arrival", async () => {
    const holbaekAdmin = await db.user.findUniqueOrThrow({ where: { email: "admin@holbaek.demo" }, select: { id: true, municipalityId: true } });
    expect(await exportPersonData(db, { user: holbaekAdmin, arrivalId: personId })).toBeNull();
    expect(await erasePerson(db, { user: holbaekAdmin, arrivalId: personId, reason: "Request by e-mail" })).toBe(false);
    expect(holbaek.municipalityId).toBe(holbaekAdmin.municipalityId);
  });
});

describe("erasure on request", () => {
  it("refuses a reason that names the person or their household", async () => {
    expect(await reasonNamesPerson(db, { user: admin, arrivalId: personId, reason: "Asked by adaeze's father" })).toBe(true);
    expect(await reasonNamesPerson(db, { user: admin, arrivalId: personId, reason: "Request received by e-mail on 3 November" })).toBe(false);
  });

  it("leaves no name, contact or address anywhere in the database, records who and why, and happens once", async () => {
    expect(await erasePerson(db, { user: admin, arrivalId: personId, reason: "Request received by e-mail on 3 November" })).toBe(true);
    const tables = await db.$queryRaw<{ name: string }[]>`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`;
    const rows = (await Promise.all(tables.map(({ name }) => db.$queryRawUnsafe<{ row: string }[]>(`SELECT t::text AS row FROM "${name}" t`)))).flat();
    for (const trace of [...NAMES, "ifeoma@example.org", "Bethaniagade", "Herning Hospital"]) {
      expect(
        rows.filter(({ row }) => row.includes(trace)).map(({ row }) => row.slice(0, 120)),
        trace,
      ).toEqual([]);
    }
    const erased = await db.auditEvent.findFirstOrThrow({ where: { action: "arrival.erase", entityId: personId } });
    expect(erased).toMatchObject({ actorUserId: admin.id, metadata: { reason: "erasure", note: "Request received by e-mail on 3 November" } });
    expect(await erasePerson(db, { user: admin, arrivalId: personId, reason: "Again" })).toBe(false);
  });
});
