import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findArrivals } from "@/lib/arrivals/find-arrivals";
import { getArrival } from "@/lib/arrivals/get-arrival";
import { recordCprRegistration } from "@/lib/arrivals/record-cpr-registration";
import { refoldSearchNames } from "@/lib/arrivals/refold-search-names";
import type { TArrivalFormInput } from "@/lib/arrivals/schemas";
import { updateArrival } from "@/lib/arrivals/update-arrival";
import { isAppError } from "@/lib/errors";
import { seedDemoData } from "../../scripts/seeds/seed-demo-data";
import { createTestArrival, ZArrivalFormOnTestDay } from "../support/arrival-form";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
let herning: { id: string; municipalityId: string };
let holbaek: { id: string; municipalityId: string };

const FAMILY: TArrivalFormInput = {
  givenName: "Søren",
  familyName: "Müller-Ødegård",
  dateOfBirth: "1985-03-02",
  nationality: "DE",
  packetLanguage: "de",
  email: "",
  phone: "",
  arrivalDate: "2026-09-01",
  addressLine: "Torvet 1",
  postalCode: "7400",
  city: "Herning",
  residenceBasis: "EU_EEA_SWISS",
  employerOrSchool: "Vestas",
  expectedStayMonths: "24",
  cprRegistered: false,
  cprRegisteredOn: "",
  spouse: { givenName: "Aïcha", familyName: "Müller", dateOfBirth: "", seekingWork: true },
  children: [
    { givenName: "Zoë", familyName: "Müller", dateOfBirth: "2016-05-01" },
    { givenName: "ليلى", familyName: "Müller", dateOfBirth: "2022-01-20" },
  ],
};
const form = (input: TArrivalFormInput = FAMILY) => ZArrivalFormOnTestDay.parse(input);

beforeAll(async () => {
  await seedDemoData(db);
  herning = await db.user.findUniqueOrThrow({ where: { email: "caseworker@herning.demo" }, select: { id: true, municipalityId: true } });
  holbaek = await db.user.findUniqueOrThrow({ where: { email: "caseworker@holbaek.demo" }, select: { id: true, municipalityId: true } });
});
afterAll(() => db.$disconnect());

describe("registering an arrival", () => {
  it("stores names exactly as written, the household in order, and an audit event", async () => {
    const result = await createTestArrival(db, { user: herning, form: form(), creationKey: crypto.randomUUID(), isDuplicateConfirmed: false });
    expect(result.status).toBe("created");
    const id = result.status === "created" ? result.arrivalId : "";
    const arrival = await getArrival(db, { user: herning, arrivalId: id, purpose: "view" });
    expect(arrival).toMatchObject({ givenName: "Søren", familyName: "Müller-Ødegård", nationality: "DE", version: 1 });
    expect(arrival!.householdMembers.map((m) => [m.kind, m.givenName, m.seekingWork])).toEqual([
      ["SPOUSE", "Aïcha", true],
      ["CHILD", "Zoë", null],
      ["CHILD", "ليلى", null],
    ]);
    const actions = await db.auditEvent.findMany({ where: { entityId: id }, orderBy: { id: "asc" }, select: { action: true, actorUserId: true } });
    expect(actions).toEqual([
      { action: "arrival.create", actorUserId: herning.id },
      { action: "arrival.view", actorUserId: herning.id },
    ]);
  });

  it("creates one arrival when the same form is submitted twice, even at the same moment", async () => {
    const creationKey = crypto.randomUUID();
    const input = form({ ...FAMILY, givenName: "Double", familyName: "Click", spouse: null, children: [] });
    const [first, second] = await Promise.all([
      createTestArrival(db, { user: herning, form: input, creationKey, isDuplicateConfirmed: true }),
      createTestArrival(db, { user: herning, form: input, creationKey, isDuplicateConfirmed: true }),
    ]);
    const third = await createTestArrival(db, { user: herning, form: input, creationKey, isDuplicateConfirmed: true });
    expect(new Set([first, second, third].map((r) => (r.status === "likely-duplicate" ? null : r.arrivalId))).size).toBe(1);
    expect(await db.arrival.count({ where: { familyName: "Click" } })).toBe(1);
  });

  it("points out a likely duplicate (same names ignoring accents, same date of birth) before saving", async () => {
    const twin = form({ ...FAMILY, givenName: "SOREN", familyName: "muller-odegard" });
    const result = await createTestArrival(db, { user: herning, form: twin, creationKey: crypto.randomUUID(), isDuplicateConfirmed: false });
    expect(result.status).toBe("likely-duplicate");
    expect(result.status === "likely-duplicate" && result.duplicates[0]?.givenName).toBe("Søren");
    // Another municipality's record is never offered as a duplicate.
    const elsewhere = await createTestArrival(db, { user: holbaek, form: twin, creationKey: crypto.randomUUID(), isDuplicateConfirmed: false });
    expect(elsewhere.status).toBe("created");
  });

  it("points out a close spelling with the same date of birth, and a similar name at the same address, but not a neighbour", async () => {
    const single = (change: Partial<TArrivalFormInput>) =>
      form({
        ...FAMILY,
        // Unlike the other tests' households, so their searches and filters find none of these.
        nationality: "UA",
        residenceBasis: "REFUGEE",
        packetLanguage: "en",
        arrivalDate: "2026-07-01",
        spouse: null,
        children: [],
        employerOrSchool: "",
        addressLine: "Nørregade 5",
        ...change,
      } as TArrivalFormInput);
    const register = (change: Partial<TArrivalFormInput>, isDuplicateConfirmed = false) =>
      createTestArrival(db, { user: herning, form: single(change), creationKey: crypto.randomUUID(), isDuplicateConfirmed });

    expect((await register({ givenName: "Dmytro", familyName: "Kovalchuk", dateOfBirth: "1988-04-12" })).status).toBe("created");
    const respelt = await register({ givenName: "Dmytro", familyName: "Kovaltchuk", dateOfBirth: "1988-04-12", addressLine: "Østergade 9" });
    expect(respelt.status === "likely-duplicate" && respelt.duplicates.map((d) => d.familyName)).toEqual(["Kovalchuk"]);

    // Another birth date, but the same address and a name spelt another way: likely the same household registered twice.
    const sameAddress = await register({ givenName: "Dmitri", familyName: "Kovalchuk", dateOfBirth: "1987-04-12", addressLine: " nørregade 5" });
    expect(sameAddress.status === "likely-duplicate" && sameAddress.duplicates.map((d) => d.givenName)).toEqual(["Dmytro"]);

    // A neighbour at the same address with another name, and a namesake born another day elsewhere, are not pointed out.
    expect((await register({ givenName: "Ole", familyName: "Hansen", dateOfBirth: "1970-01-01" })).status).toBe("created");
    expect((await register({ givenName: "Dmytro", familyName: "Kovalchuk", dateOfBirth: "1990-01-01", addressLine: "Vestergade 2" })).status).toBe("created");
  });
});

describe("searching arrivals", () => {
  it("finds a name written in another script by its Latin spelling, and the Latin spelling by the name as written", async () => {
    const olena = form({
      ...FAMILY,
      givenName: "Олена",
      familyName: "Коваленко-Тест",
      latinName: "Olena Kovalenko-Test",
      nationality: "UA",
      spouse: null,
      children: [],
    });
    const created = await createTestArrival(db, { user: herning, form: olena, creationKey: crypto.randomUUID(), isDuplicateConfirmed: true });
    const id = created.status === "created" ? created.arrivalId : null;
    for (const q of ["olena kovalenko-test", "Kovalenko-Test", "коваленко-тест"]) {
      expect(
        (await findArrivals(db, { user: herning, search: { q } })).items.map((item) => item.id),
        q,
      ).toContain(id);
    }
    // Only Latin letters go in the Latin spelling.
    expect(ZArrivalFormOnTestDay.safeParse({ ...FAMILY, latinName: "Олена" }).error?.issues[0]?.message).toBe("latinOnly");
  });

  it.each([
    ["muller", "Müller-Ødegård"],
    ["odegard", "Müller-Ødegård"],
    ["SØREN", "Müller-Ødegård"],
    ["sorensen", "Sørensen"],
    ["коваленко", "Коваленко"],
    // The Danish way, typed without the letters: Ø as oe, Å as aa, Ü as ue.
    ["soeren mueller-oedegaard", "Müller-Ødegård"],
    ["soerensen", "Sørensen"],
  ])("finds %s ignoring case and accents", async (q, familyName) => {
    const { items } = await findArrivals(db, { user: herning, search: { q } });
    expect(items.map((a) => a.familyName)).toContain(familyName);
  });

  it("finds the demo households by a spouse's or child's name, as seeded (no refold needed)", async () => {
    // Jonas Müller's household, seeded as the app registers it: Lena is the spouse, Emil a child.
    for (const q of ["emil", "lena müller", "zoe"]) {
      const { items } = await findArrivals(db, { user: herning, search: { q } });
      expect(
        items.map((a) => a.givenName),
        q,
      ).toContain("Jonas");
    }
    expect(await db.householdMember.count({ where: { searchName: "" } })).toBe(0);
  });

  it("refolds search names stored with an older folding, once", async () => {
    const stored = await db.arrival.findFirstOrThrow({ where: { familyName: "Müller-Ødegård" }, select: { id: true } });
    // A row folded the old way: its stored name is not what a query is folded to now.
    await db.arrival.update({ where: { id: stored.id }, data: { searchName: "folded the old way", searchNameVersion: 1 } });
    expect((await findArrivals(db, { user: herning, search: { q: "oedegaard" } })).items.map((a) => a.id)).not.toContain(stored.id);
    expect(await refoldSearchNames(db)).toBe(1);
    expect((await findArrivals(db, { user: herning, search: { q: "oedegaard" } })).items.map((a) => a.id)).toContain(stored.id);
    expect(await refoldSearchNames(db)).toBe(0);
  });

  it("finds a household by a spouse's or a child's name, and says who matched", async () => {
    const byChild = await findArrivals(db, { user: herning, search: { q: "zoe" } });
    const family = byChild.items.find((a) => a.familyName === "Müller-Ødegård");
    expect(family?.matchedMembers).toEqual([{ position: 1, kind: "CHILD", givenName: "Zoë", familyName: "Müller" }]);
    const bySpouse = await findArrivals(db, { user: herning, search: { q: "aicha muller" } });
    expect(bySpouse.items.find((a) => a.id === family?.id)?.matchedMembers).toEqual([
      { position: 0, kind: "SPOUSE", givenName: "Aïcha", familyName: "Müller" },
    ]);
    // The newcomer's own name matched: nobody else is named.
    const byNewcomer = await findArrivals(db, { user: herning, search: { q: "muller" } });
    expect(byNewcomer.items.find((a) => a.id === family?.id)?.matchedMembers).toEqual([]);
    // Every word must be in one person's name, not spread over the household.
    expect((await findArrivals(db, { user: herning, search: { q: "soren zoe" } })).items.map((a) => a.id)).not.toContain(family?.id);
  });

  it("offers the closest names, newcomers' and household members', when a misspelt search finds nobody", async () => {
    const misspelt = await findArrivals(db, { user: herning, search: { q: "Muler Odegard" } });
    expect(misspelt.total).toBe(0);
    expect(misspelt.suggestions.map((s) => s.name)).toContain("Søren Müller-Ødegård");
    const spouse = await findArrivals(db, { user: herning, search: { q: "Aisha Muler" } });
    expect(spouse.total).toBe(0);
    expect(spouse.suggestions[0]?.name).toBe("Aïcha Müller");
    // Names of another municipality are never offered, and a search that finds someone offers nothing.
    const herningIds = misspelt.suggestions.map((s) => s.arrivalId);
    const inHolbaek = await findArrivals(db, { user: holbaek, search: { q: "Muler Odegard" } });
    expect(inHolbaek.suggestions.map((s) => s.arrivalId).filter((id) => herningIds.includes(id))).toEqual([]);
    expect((await findArrivals(db, { user: herning, search: { q: "muller" } })).suggestions).toEqual([]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "arrival.search", actorUserId: herning.id }, orderBy: { id: "desc" } });
    expect(audit.metadata).toMatchObject({ suggestedIds: [] });
  });

  it("gives household members stored before they were searchable a search name on start", async () => {
    const child = await db.householdMember.findFirstOrThrow({ where: { givenName: "Zoë" }, select: { id: true, arrivalId: true } });
    await db.householdMember.update({ where: { id: child.id }, data: { searchName: "", searchNameVersion: 0 } });
    expect((await findArrivals(db, { user: herning, search: { q: "zoe" } })).items.map((a) => a.id)).not.toContain(child.arrivalId);
    expect(await refoldSearchNames(db)).toBe(1);
    expect((await findArrivals(db, { user: herning, search: { q: "zoe" } })).items.map((a) => a.id)).toContain(child.arrivalId);
  });

  it("treats % and _ in the query as letters, not as wildcards", async () => {
    expect((await findArrivals(db, { user: herning, search: { q: "%" } })).total).toBe(0);
    expect((await findArrivals(db, { user: herning, search: { q: "s_ren" } })).total).toBe(0);
  });

  it("filters by arrival date range, residence basis and nationality, newest first", async () => {
    const { items } = await findArrivals(db, { user: herning, search: { from: "2026-08-01", to: "2026-09-30", basis: "EU_EEA_SWISS", nationality: "DE" } });
    // Jonas Müller (DE, EU) arrived on 1 October: outside the range.
    expect(items.map((a) => a.givenName).sort()).toEqual(["Double", "Søren"]);
    expect(items.every((a) => a.residenceBasis === "EU_EEA_SWISS" && a.nationality === "DE")).toBe(true);
    const dates = items.map((a) => a.arrivalDate.getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it("pages through results, 20 at a time", async () => {
    const base = form({ ...FAMILY, givenName: "Page", spouse: null, children: [] });
    for (let index = 0; index < 23; index++) {
      await createTestArrival(db, {
        user: holbaek,
        form: { ...base, familyName: `Tester ${index}` },
        creationKey: crypto.randomUUID(),
        isDuplicateConfirmed: true,
      });
    }
    const first = await findArrivals(db, { user: holbaek, search: { q: "page tester" } });
    const second = await findArrivals(db, { user: holbaek, search: { q: "page tester", page: 2 } });
    expect([first.total, first.items.length, second.items.length, first.pageCount]).toEqual([23, 20, 3, 2]);
    // A page past the end (an old or hand-edited link) shows the last page rather than nothing.
    const beyond = await findArrivals(db, { user: holbaek, search: { q: "page tester", page: 9 } });
    expect([beyond.page, beyond.items.map((a) => a.id)]).toEqual([2, second.items.map((a) => a.id)]);
  });
});

describe("editing an arrival", () => {
  it("refuses the second of two edits made from the same version, and keeps the first", async () => {
    const created = await createTestArrival(db, {
      user: herning,
      form: form({ ...FAMILY, givenName: "Edit", familyName: "Race" }),
      creationKey: crypto.randomUUID(),
      isDuplicateConfirmed: true,
    });
    const arrivalId = created.status === "created" ? created.arrivalId : "";
    await updateArrival(db, { user: herning, arrivalId, form: form({ ...FAMILY, givenName: "Edit", familyName: "Race", city: "First" }), expectedVersion: 1 });
    const second = await updateArrival(db, {
      user: herning,
      arrivalId,
      form: form({ ...FAMILY, givenName: "Edit", familyName: "Race", city: "Second" }),
      expectedVersion: 1,
    });
    expect(second).toEqual({ status: "conflict", storedVersion: 2 });
    const stored = await db.arrival.findUniqueOrThrow({ where: { id: arrivalId }, include: { householdMembers: true } });
    expect([stored.city, stored.version, stored.householdMembers.length]).toEqual(["First", 2, 3]);
    const audit = await db.auditEvent.findMany({ where: { entityId: arrivalId, action: "arrival.update" }, select: { actorUserId: true, metadata: true } });
    expect(audit).toEqual([{ actorUserId: herning.id, metadata: { version: 2 } }]);
  });

  it("lets exactly one of two simultaneous saves of the same version through", async () => {
    const created = await createTestArrival(db, {
      user: herning,
      form: form({ ...FAMILY, givenName: "Same", familyName: "Moment" }),
      creationKey: crypto.randomUUID(),
      isDuplicateConfirmed: true,
    });
    const arrivalId = created.status === "created" ? created.arrivalId : "";
    const results = await Promise.all(
      ["Left", "Right"].map((city) =>
        updateArrival(db, { user: herning, arrivalId, form: form({ ...FAMILY, givenName: "Same", familyName: "Moment", city }), expectedVersion: 1 }),
      ),
    );
    expect(results.map((result) => result.status).sort()).toEqual(["conflict", "updated"]);
    expect(results.find((result) => result.status === "conflict")).toEqual({ status: "conflict", storedVersion: 2 });
    const stored = await db.arrival.findUniqueOrThrow({ where: { id: arrivalId }, select: { version: true, _count: { select: { householdMembers: true } } } });
    expect([stored.version, stored._count.householdMembers]).toEqual([2, 3]);
  });

  it("points out a likely duplicate when an edit gives the arrival another registered person's names and birth date", async () => {
    const created = await createTestArrival(db, {
      user: herning,
      form: form({ ...FAMILY, givenName: "Renamed", familyName: "Later" }),
      creationKey: crypto.randomUUID(),
      isDuplicateConfirmed: true,
    });
    const arrivalId = created.status === "created" ? created.arrivalId : "";
    const asSoren = form({ ...FAMILY, givenName: "Soren", familyName: "Muller-Odegard" });
    const pointedOut = await updateArrival(db, { user: herning, arrivalId, form: asSoren, expectedVersion: 1 });
    expect(pointedOut.status === "likely-duplicate" && pointedOut.duplicates.map((d) => d.givenName)).toContain("Søren");
    expect((await db.arrival.findUniqueOrThrow({ where: { id: arrivalId } })).givenName).toBe("Renamed");

    expect(await updateArrival(db, { user: herning, arrivalId, form: asSoren, expectedVersion: 1, isDuplicateConfirmed: true })).toEqual({
      status: "updated",
      version: 2,
    });
    // Once accepted, the same names do not raise it again on the next edit.
    expect(await updateArrival(db, { user: herning, arrivalId, form: { ...asSoren, city: "Ikast" }, expectedVersion: 2 })).toEqual({
      status: "updated",
      version: 3,
    });
  });

  it("replaces the household with the edited one", async () => {
    const created = await createTestArrival(db, {
      user: herning,
      form: form({ ...FAMILY, givenName: "House", familyName: "Hold" }),
      creationKey: crypto.randomUUID(),
      isDuplicateConfirmed: true,
    });
    const arrivalId = created.status === "created" ? created.arrivalId : "";
    await updateArrival(db, {
      user: herning,
      arrivalId,
      form: form({ ...FAMILY, givenName: "House", familyName: "Hold", spouse: null, children: [FAMILY.children[0]!] }),
      expectedVersion: 1,
    });
    const members = await db.householdMember.findMany({ where: { arrivalId } });
    expect(members.map((m) => m.givenName)).toEqual(["Zoë"]);
  });
});

describe("recording the CPR registration a newcomer reported", () => {
  it("records it once with the day given, drops the step from the checklist, raises the version, and refuses impossible days", async () => {
    const created = await createTestArrival(db, {
      user: herning,
      form: form({ ...FAMILY, familyName: "Cpr-Tester", spouse: null, children: [] }),
      creationKey: crypto.randomUUID(),
      isDuplicateConfirmed: false,
    });
    const arrivalId = created.status === "created" ? created.arrivalId : "";
    const before = await db.arrival.findUniqueOrThrow({ where: { id: arrivalId }, select: { version: true, applicableStepIds: true } });
    expect(before.applicableStepIds).toContain("cpr-registration");

    expect(await recordCprRegistration(db, { user: herning, arrivalId, registeredOn: "2999-01-01" })).toEqual({ status: "date-invalid" });
    expect(await recordCprRegistration(db, { user: herning, arrivalId, registeredOn: "1985-03-01" })).toEqual({ status: "date-invalid" });
    await expect(recordCprRegistration(db, { user: holbaek, arrivalId, registeredOn: "2026-09-05" })).rejects.toSatisfy((error) =>
      isAppError(error, "NOT_FOUND"),
    );
    expect((await db.arrival.findUniqueOrThrow({ where: { id: arrivalId } })).cprRegistered).toBe(false);

    expect(await recordCprRegistration(db, { user: herning, arrivalId, registeredOn: "2026-09-05" })).toEqual({ status: "recorded" });
    expect(await recordCprRegistration(db, { user: herning, arrivalId, registeredOn: "2026-09-06" })).toEqual({ status: "already-recorded" });
    const after = await db.arrival.findUniqueOrThrow({ where: { id: arrivalId } });
    expect(after).toMatchObject({ cprRegistered: true, cprRegisteredOn: new Date("2026-09-05T00:00:00Z"), version: before.version + 1 });
    expect(after.applicableStepIds).not.toContain("cpr-registration");
    const updates = await db.auditEvent.findMany({ where: { entityId: arrivalId, action: "arrival.update" }, select: { actorUserId: true, metadata: true } });
    expect(updates).toEqual([{ actorUserId: herning.id, metadata: { version: 2, fields: ["cprRegistered", "cprRegisteredOn"], reportedBy: "newcomer" } }]);
  });
});

describe("tenant isolation", () => {
  it("a caseworker of another municipality can neither find, open nor change an arrival", async () => {
    const created = await createTestArrival(db, {
      user: herning,
      form: form({ ...FAMILY, givenName: "Private", familyName: "Person" }),
      creationKey: crypto.randomUUID(),
      isDuplicateConfirmed: true,
    });
    const arrivalId = created.status === "created" ? created.arrivalId : "";
    expect((await findArrivals(db, { user: holbaek, search: { q: "private person" } })).total).toBe(0);
    expect(await getArrival(db, { user: holbaek, arrivalId, purpose: "view" })).toBeNull();
    await expect(updateArrival(db, { user: holbaek, arrivalId, form: form(), expectedVersion: 1 })).rejects.toSatisfy((error) =>
      isAppError(error, "NOT_FOUND"),
    );
    expect((await db.arrival.findUniqueOrThrow({ where: { id: arrivalId } })).givenName).toBe("Private");
  });
});
