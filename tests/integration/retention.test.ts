import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findArrivals } from "@/lib/arrivals/find-arrivals";
import { arrivalFormSchema, type TArrivalFormInput } from "@/lib/arrivals/schemas";
import type { TActingUser } from "@/lib/auth/acting-user";
import { addDays, addMonths, danishDayOf } from "@/lib/dates/iso-date";
import { requestRetentionRun, startJobRunner } from "@/lib/jobs/job-runner";
import { issuePersonalLink } from "@/lib/links/personal-links";
import { generateWelcomePacket } from "@/lib/packet/packet-service";
import { setStepDone } from "@/lib/progress/step-progress";
import { anonymiseExpiredArrivals } from "@/lib/retention/anonymise-arrivals";
import { listRetentionRuns, runRetention } from "@/lib/retention/run-retention";
import { loadDashboard } from "@/lib/stats/load-dashboard";
import { createTestArrival } from "../support/arrival-form";
import { seedDemoActors } from "../support/demo-actors";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
let herning: TActingUser;
// The data is written relative to the Danish day the test runs on: the retention run counts Danish days
// from the database's clock (UTC's day is a day behind between 23:00 and midnight UTC).
const today = danishDayOf(new Date());
// Herning keeps personal data 24 months after the arrival date.
const expiredDay = addDays(addMonths(today, -24), -1);
const keptDay = addMonths(today, -24);

async function register(familyName: string, arrivalDate: string, children: { givenName: string; dateOfBirth: string }[] = []) {
  const form: TArrivalFormInput = {
    givenName: "Oriane",
    familyName,
    dateOfBirth: "1987-09-30",
    nationality: "FR",
    packetLanguage: "en",
    email: "oriane@example.org",
    phone: "+33 6 12 34 56 78",
    arrivalDate,
    addressLine: "Gullestrupvej 9",
    postalCode: "7400",
    city: "Herning",
    residenceBasis: "EU_EEA_SWISS",
    employerOrSchool: "Vestas",
    expectedStayMonths: "36",
    cprRegistered: true,
    cprRegisteredOn: addDays(arrivalDate, 9),
    spouse: { givenName: "Bastien", familyName, dateOfBirth: "1986-02-11", seekingWork: true },
    children: children.map((child) => ({ ...child, familyName })),
  };
  const created = await createTestArrival(db, {
    user: herning,
    form: arrivalFormSchema({ today }).parse(form),
    creationKey: randomUUID(),
    isDuplicateConfirmed: true,
  });
  if (created.status === "likely-duplicate") throw new Error("unexpected duplicate");
  return created.arrivalId;
}

const dashboardNow = () =>
  loadDashboard(db, { municipalityId: herning.municipalityId, period: { from: addMonths(today, -119), to: today }, today, language: "en" });

/** Every row of every table of the app, as text: where a name could still be. */
async function everyRowAsText(): Promise<string> {
  const tables = await db.$queryRaw<{ name: string }[]>`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`;
  const texts = await Promise.all(tables.map(({ name }) => db.$queryRawUnsafe<{ row: string }[]>(`SELECT t::text AS row FROM "${name}" t`)));
  return texts
    .flat()
    .map((text) => text.row)
    .join("\n");
}

let expiredId: string;
let keptId: string;

beforeAll(async () => {
  ({ herning } = await seedDemoActors(db));
  // Children at the edges of the age bands (0–2, 3–5, 6–16): Anouk is 5 on arrival, her birthday
  // still to come that year (6 if her birth date became 1 January); Hugo turned 3 just after New
  // Year (2 if it became 31 December).
  const arrivalYear = Number(expiredDay.slice(0, 4));
  expiredId = await register("Lemaire-Retention", expiredDay, [
    { givenName: "Anouk", dateOfBirth: `${arrivalYear - 6}-12-30` },
    { givenName: "Hugo", dateOfBirth: `${arrivalYear - 3}-01-02` },
  ]);
  keptId = await register("Lemaire-Kept", keptDay);
  await issuePersonalLink(db, { user: herning, arrivalId: expiredId });
  await generateWelcomePacket(db, { user: herning, arrivalId: expiredId, language: "en" });
  await setStepDone(db, { arrivalId: expiredId, step: { stepKey: "cpr-registration", householdMemberId: null }, isDone: true });
});
afterAll(() => db.$disconnect());

describe("the retention job", () => {
  it("anonymises only what is past the retention period, and the statistics stay exactly the same", async () => {
    const before = await dashboardNow();
    const run = await runRetention(db);
    expect(run).toMatchObject({ status: "finished", anonymised: expect.any(Number) });
    // Each municipality's administrators see their own count of the run, not the others'.
    const herningCount = await db.arrival.count({ where: { anonymisedAt: { not: null }, municipalityId: herning.municipalityId } });
    const [shown] = await listRetentionRuns(db, { municipalityId: herning.municipalityId });
    expect(shown).toMatchObject({ id: run.id, status: "finished", anonymised: herningCount });
    const holbaekId = (await db.municipality.findUniqueOrThrow({ where: { slug: "holbaek" } })).id;
    const [shownToHolbaek] = await listRetentionRuns(db, { municipalityId: holbaekId });
    expect(shownToHolbaek?.anonymised).toBe(run.anonymised - herningCount);
    expect(await dashboardNow()).toEqual(before);

    const expired = await db.arrival.findUniqueOrThrow({ where: { id: expiredId }, include: { householdMembers: true, packets: true, links: true } });
    expect(expired).toMatchObject({
      givenName: "",
      familyName: "",
      email: null,
      phone: null,
      addressLine: "",
      employerOrSchool: null,
      anonymisedAt: expect.any(Date),
    });
    expect(expired.householdMembers.every((member) => member.givenName === "" && member.familyName === "")).toBe(true);
    expect(expired.packets).toEqual([]);
    expect(expired.links.every((link) => link.revokedAt !== null)).toBe(true);
    expect(await db.stepProgress.count({ where: { arrivalId: expiredId } })).toBe(1);
    expect((await db.arrival.findUniqueOrThrow({ where: { id: keptId } })).familyName).toBe("Lemaire-Kept");

    // No name, contact or address of this household is left in any row of any table.
    const rows = (await everyRowAsText()).split("\n");
    for (const unique of ["Lemaire-Retention", "Anouk", "Hugo"])
      expect(
        rows.filter((row) => row.includes(unique)),
        unique,
      ).toEqual([]);
    const aboutThem = rows.filter((row) => row.includes(expiredId));
    expect(aboutThem.length).toBeGreaterThan(0);
    for (const shared of ["Oriane", "Bastien", "oriane@example.org", "Gullestrupvej", "Vestas", "+33"])
      expect(
        aboutThem.filter((row) => row.includes(shared)),
        shared,
      ).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: "arrival.anonymise", entityId: expiredId } })).toBe(1);
  });

  it("hides anonymised arrivals from the caseworkers' search and list", async () => {
    const list = await findArrivals(db, { user: herning, search: {} });
    expect(list.items.map((item) => item.id)).not.toContain(expiredId);
    expect((await findArrivals(db, { user: herning, search: { q: "Lemaire" } })).items.map((item) => item.id)).toEqual([keptId]);
  });

  it("changes nothing when run again", async () => {
    expect(await anonymiseExpiredArrivals(db)).toEqual(new Map());
  });

  it("goes on after a crash in the middle of a run, without doing anything twice", async () => {
    const ids = [await register("Crash-One", expiredDay), await register("Crash-Two", expiredDay), await register("Crash-Three", expiredDay)];
    await db.$executeRawUnsafe(`
      CREATE FUNCTION crash_on_second() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF OLD."familyName" = 'Crash-Two' THEN RAISE EXCEPTION 'simulated crash'; END IF; RETURN NEW; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER crash_on_second BEFORE UPDATE ON "Arrival" FOR EACH ROW EXECUTE FUNCTION crash_on_second()`);
    await expect(anonymiseExpiredArrivals(db, { batchSize: 1 })).rejects.toThrow(/simulated crash/);
    const afterCrash = await db.arrival.findMany({ where: { id: { in: ids } }, select: { familyName: true, anonymisedAt: true } });
    expect(afterCrash.filter((row) => row.anonymisedAt).length).toBeLessThan(3);
    expect(afterCrash.find((row) => row.familyName === "Crash-Two")?.anonymisedAt).toBeNull();

    await db.$executeRawUnsafe(`DROP TRIGGER crash_on_second ON "Arrival"`);
    await anonymiseExpiredArrivals(db, { batchSize: 1 });
    expect(await db.arrival.count({ where: { id: { in: ids }, anonymisedAt: null } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "arrival.anonymise", entityId: { in: ids } } })).toBe(3);
  });

  it("runs as a pg-boss job when asked, and records the run", async () => {
    await register("Queued-Expired", expiredDay);
    const runsBefore = await db.retentionRun.count();
    const boss = await startJobRunner({ connectionString: process.env.DATABASE_URL!, db, schedule: false, createSchema: true });
    try {
      await requestRetentionRun(boss);
      await expect.poll(() => db.retentionRun.count({ where: { status: "finished" } }), { timeout: 20_000 }).toBeGreaterThan(runsBefore);
      expect(await db.arrival.count({ where: { familyName: "Queued-Expired" } })).toBe(0);
    } finally {
      await boss.stop({ graceful: false });
    }
  });
});
