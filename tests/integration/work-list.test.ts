import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignArrival } from "@/lib/arrivals/assign-arrival";
import type { TArrivalFormInput } from "@/lib/arrivals/schemas";
import { updateArrival } from "@/lib/arrivals/update-arrival";
import type { TActingUser } from "@/lib/auth/acting-user";
import { updateStepText } from "@/lib/catalogue/update-step-text";
import { getActivePersonalLink, issuePersonalLink, resolvePersonalLink } from "@/lib/links/personal-links";
import { addArrivalNote } from "@/lib/notes/arrival-notes";
import { generateWelcomePacket } from "@/lib/packet/packet-service";
import { tickStepAtDesk } from "@/lib/progress/desk-ticks";
import { setStepDone } from "@/lib/progress/step-progress";
import { exportWorkListSection, loadWorkList, type TWorkListSectionResult } from "@/lib/worklist/work-list";
import { workListCsv } from "@/lib/worklist/work-list-csv";
import { findSectionIds, type TWorkListSearch, type TWorkListSection } from "@/lib/worklist/work-list-query";
import { createTestMunicipality } from "../e2e/test-municipality";
import { herningArrivalForm, registerTestArrival } from "../support/arrival-form";
import { seedDemoActors } from "../support/demo-actors";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
// The work list's day: Monday 30 November 2026, 10:00 in Denmark.
const clock = { today: "2026-11-30", now: new Date("2026-11-30T09:00:00Z") };
const daysBefore = (days: number) => new Date(clock.now.getTime() - days * 86_400_000);

let caseworker: TActingUser;
let colleague: TActingUser;
let holbaek: TActingUser;

beforeAll(async () => {
  // A municipality of this file's own: the counts are this test's households and nobody else's.
  const municipality = await createTestMunicipality(db);
  const userOf = (local: string) =>
    db.user.findUniqueOrThrow({ where: { email: `${local}@${municipality.slug}.demo` }, select: { id: true, municipalityId: true } });
  caseworker = await userOf("caseworker");
  colleague = await userOf("frontdesk");
  ({ holbaek } = await seedDemoActors(db));
});
afterAll(() => db.$disconnect());

const register = (change: Partial<TArrivalFormInput> & Pick<TArrivalFormInput, "givenName" | "familyName">, by = caseworker) =>
  registerTestArrival(db, by, herningArrivalForm({ email: "ny@example.dk", ...change }));

async function workList(search: TWorkListSearch = {}, user = caseworker) {
  const sections = await loadWorkList(db, { user, search, clock, language: "en" });
  return Object.fromEntries(sections.map((section) => [section.section, section])) as Record<TWorkListSection, TWorkListSectionResult>;
}
const idsIn = async (section: TWorkListSection, search: TWorkListSearch = {}, user = caseworker) =>
  (await workList({ ...search, section }, user))[section].rows.map((row) => row.id);

describe("the work list's due and overdue steps", () => {
  it("lists a household whose CPR registration is due this week, and one whose deadline passed, until the step is ticked", async () => {
    // A refugee arriving 27 November must register by 2 December; one arriving 10 November by 15 November.
    const due = await register({ givenName: "Frist", familyName: "Snart", arrivalDate: "2026-11-27" });
    const overdue = await register({ givenName: "Frist", familyName: "Overskredet", arrivalDate: "2026-11-10" });
    const registered = await register({
      givenName: "Frist",
      familyName: "Registreret",
      arrivalDate: "2026-11-10",
      cprRegistered: true,
      cprRegisteredOn: "2026-11-12",
    });

    const list = await workList({ section: "due" });
    const dueRow = list.due.rows.find((row) => row.id === due);
    expect(dueRow?.dueSteps).toEqual([{ stepKey: "cpr-registration", title: expect.stringMatching(/CPR/), deadline: "2026-12-02" }]);
    expect(dueRow?.lastOpenedAt).toBeNull();
    expect(await idsIn("overdue")).toContain(overdue);
    expect([...(await idsIn("due")), ...(await idsIn("overdue"))]).not.toContain(registered);
    expect(await idsIn("due")).not.toContain(overdue);

    await setStepDone(db, { arrivalId: overdue, step: { stepKey: "cpr-registration", householdMemberId: null }, isDone: true });
    expect(await idsIn("overdue")).not.toContain(overdue);
    await setStepDone(db, { arrivalId: overdue, step: { stepKey: "cpr-registration", householdMemberId: null }, isDone: false });
    expect(await idsIn("overdue")).toContain(overdue);
  });

  it("filters by a step per child, by residence basis, by nationality and by who the household is assigned to", async () => {
    // A seven-year-old arriving on 20 November is due at school from the day of arrival.
    const family = await register({
      givenName: "Skole",
      familyName: "Barn",
      arrivalDate: "2026-11-20",
      nationality: "PL",
      residenceBasis: "EU_EEA_SWISS",
      children: [{ givenName: "Zofia", familyName: "Barn", dateOfBirth: "2019-05-05" }],
    });
    const colleagues = await register({ givenName: "Skole", familyName: "Kollega", arrivalDate: "2026-11-20" }, colleague);

    const schoolOverdue = (await workList({ section: "overdue", step: "school-enrolment" })).overdue;
    expect(schoolOverdue.rows.map((row) => row.id)).toEqual([family]);
    expect(schoolOverdue.total).toBe(1);
    expect(schoolOverdue.rows[0]?.dueSteps.map((step) => [step.title, step.deadline])).toContainEqual([expect.stringContaining("Zofia"), "2026-11-20"]);

    expect(await idsIn("overdue", { basis: "EU_EEA_SWISS" })).toEqual([family]);
    expect(await idsIn("overdue", { nationality: "PL" })).toEqual([family]);
    const mine = await idsIn("overdue", { assigned: "me" });
    expect(mine).toContain(family);
    expect(mine).not.toContain(colleagues);
    expect(await idsIn("overdue", { assigned: "me" }, colleague)).toEqual([colleagues]);
    expect(await idsIn("mine", {}, colleague)).toEqual([colleagues]);
  });
});

describe('the work list\'s "Mine"', () => {
  it("holds the households I registered, am assigned or last worked on, newest arrival first, each once", async () => {
    const third = await db.user.create({
      data: { municipalityId: caseworker.municipalityId, email: `third-${crypto.randomUUID()}@example.dk`, name: "Tredje", role: "CASEWORKER" },
      select: { id: true, municipalityId: true },
    });
    // Registered by me, handed to a colleague who has worked on it since: still mine, as I registered it.
    const registered = await register({ givenName: "Min", familyName: "Registreret", arrivalDate: "2026-11-02" }, third);
    expect(await assignArrival(db, { user: third, input: { arrivalId: registered, assigneeId: colleague.id } })).toBe("assigned");
    await addArrivalNote(db, { user: colleague, note: { arrivalId: registered, text: "Overtaget." } });
    // A colleague's household handed to me.
    const handedOver = await register({ givenName: "Min", familyName: "Overdraget", arrivalDate: "2026-11-03" }, colleague);
    expect(await assignArrival(db, { user: colleague, input: { arrivalId: handedOver, assigneeId: third.id } })).toBe("assigned");
    // A colleague's household I added a note to, one I ticked a step for, one I printed a packet of.
    const noted = await register({ givenName: "Min", familyName: "Notat", arrivalDate: "2026-11-05" }, colleague);
    const ticked = await register({ givenName: "Min", familyName: "Kryds", arrivalDate: "2026-11-04" }, colleague);
    const printed = await register({ givenName: "Min", familyName: "Brev", arrivalDate: "2026-11-01" }, colleague);
    const untouched = await register({ givenName: "Min", familyName: "Urort", arrivalDate: "2026-11-06" }, colleague);
    const before = await db.arrival.findUniqueOrThrow({ where: { id: noted }, select: { version: true, updatedAt: true } });
    expect(await addArrivalNote(db, { user: third, note: { arrivalId: noted, text: "Ringede, kommer tirsdag." } })).toBe(true);
    expect(await tickStepAtDesk(db, { user: third, input: { arrivalId: ticked, stepId: "cpr-registration", done: true } })).toBe("ticked");
    await generateWelcomePacket(db, { user: third, arrivalId: printed, language: "en", now: daysBefore(1) });

    // Newest arrival first, each household once.
    const mine = (await workList({ section: "mine" }, third)).mine;
    expect(mine.rows.map((row) => row.id)).toEqual([noted, ticked, handedOver, registered, printed]);
    expect(mine.total).toBe(5);
    expect(await idsIn("mine", {}, third)).not.toContain(untouched);
    // A page further on is cut from the three ranges merged, not from each.
    const page = { user: third, section: "mine", search: {}, clock, notReachedAfterDays: 7 } as const;
    expect((await findSectionIds(db, { ...page, take: 2, skip: 2 })).ids).toEqual([handedOver, registered]);
    expect((await findSectionIds(db, { ...page, take: 2, skip: 4 })).ids).toEqual([printed]);
    // A note is work on the household, not an edit of its record: the edit form's version stands.
    expect(await db.arrival.findUniqueOrThrow({ where: { id: noted }, select: { version: true, updatedAt: true } })).toEqual(before);

    // The colleague registered the others, and worked on the one I registered: theirs too.
    expect(await idsIn("mine", {}, colleague)).toEqual(expect.arrayContaining([noted, ticked, printed, handedOver, untouched, registered]));
    // "Assigned to me" narrows "Mine" to what is handed to me.
    expect(await idsIn("mine", { assigned: "me" }, third)).toEqual([handedOver]);
  });
});

describe("the work list's letters", () => {
  it("shows a household not reached until its link is opened, and one without an e-mail address while its reminders matter", async () => {
    const unopened = await register({ givenName: "Ikke", familyName: "Aabnet", arrivalDate: "2026-11-16" });
    const fresh = await register({ givenName: "Ikke", familyName: "Endnu", arrivalDate: "2026-11-16" });
    const noEmail = await register({ givenName: "Ingen", familyName: "Post", arrivalDate: "2026-11-27", email: "" });
    await generateWelcomePacket(db, { user: caseworker, arrivalId: unopened, language: "en", now: daysBefore(10) });
    // Generated three days ago: not yet "not reached" with the default of 7 days.
    await generateWelcomePacket(db, { user: caseworker, arrivalId: fresh, language: "en", now: daysBefore(3) });

    const notOpened = (await workList({ section: "notOpened" })).notOpened;
    expect(notOpened.rows.map((row) => row.id)).toEqual([unopened]);
    expect(notOpened.rows[0]?.unopenedPacketSince).toEqual(daysBefore(10));
    expect(await idsIn("noEmail")).toEqual([noEmail]);

    const link = await getActivePersonalLink(db, { municipalityId: caseworker.municipalityId, arrivalId: unopened });
    await resolvePersonalLink(db, link!.token, clock.now);
    expect(await idsIn("notOpened")).toEqual([]);
    const opened = (await workList({ section: "mine" })).mine.rows.find((row) => row.id === unopened);
    expect(opened?.lastOpenedAt).toEqual(clock.now);
  });

  it("shows a packet out of date after an edit, a new link or a changed step text, and no longer once it is generated again", async () => {
    const form = herningArrivalForm({ givenName: "Gammelt", familyName: "Brev", arrivalDate: "2026-11-27", email: "brev@example.dk" });
    const arrivalId = await registerTestArrival(db, caseworker, form);
    // On the real clock: what changed is told by comparing the packet's time with the catalogue's.
    await generateWelcomePacket(db, { user: caseworker, arrivalId, language: "en" });
    const reasonsOf = async () => (await workList({ section: "outdated" })).outdated.rows.find((row) => row.id === arrivalId)?.outdatedReasons;
    expect(await reasonsOf()).toBeUndefined();

    await updateArrival(db, { user: caseworker, arrivalId, form: { ...form, phone: "+45 12 34 56 78" }, expectedVersion: 1 });
    expect(await reasonsOf()).toEqual([{ kind: "edited" }]);
    await generateWelcomePacket(db, { user: caseworker, arrivalId, language: "en" });
    expect(await reasonsOf()).toBeUndefined();

    await issuePersonalLink(db, { user: caseworker, arrivalId });
    expect(await reasonsOf()).toEqual([{ kind: "link-replaced" }]);
    await generateWelcomePacket(db, { user: caseworker, arrivalId, language: "en" });

    const step = await db.catalogueStep.findFirstOrThrow({ where: { municipalityId: caseworker.municipalityId, key: "library" }, include: { texts: true } });
    const english = step.texts.find((text) => text.language === "en")!;
    // A German text of the step changes nothing for an English packet; the English one does.
    const textOf = (title: string) => ({
      ...english,
      title,
      checkedOn: "2026-11-01",
      whereName: null,
      whereAddress: null,
      whereHours: null,
      wherePhone: null,
      whereUrl: null,
      sourceUrl: null,
    });
    await updateStepText(db, { user: caseworker, stepId: step.id, language: "de", text: textOf("Bibliothek") });
    expect(await reasonsOf()).toBeUndefined();
    await updateStepText(db, { user: caseworker, stepId: step.id, language: "en", text: textOf("The library card") });
    expect(await reasonsOf()).toEqual([{ kind: "step-text", stepTitle: "The library card" }]);
  });
});

describe("the work list's scope", () => {
  it("counts and pages each section, shows another municipality none of it, and records what it showed", async () => {
    const today = await register({ givenName: "I", familyName: "Dag", arrivalDate: "2026-11-30" });
    const list = await workList();
    expect(list.thisWeek.rows.map((row) => row.id)).toContain(today);
    for (const section of Object.values(list)) expect(section.rows.length).toBeLessThanOrEqual(Math.min(5, section.total));

    const elsewhere = await workList({}, holbaek);
    const theirs = Object.values(elsewhere).flatMap((section) => section.rows.map((row) => row.id));
    expect(theirs).not.toContain(today);

    const event = await db.auditEvent.findFirstOrThrow({ where: { actorUserId: caseworker.id, action: "worklist.view" }, orderBy: { id: "desc" } });
    expect((event.metadata as { shownIds: string[] }).shownIds).toContain(today);
  });

  it("writes the CSV with every list's rows, a name that looks like a formula as text", async () => {
    const formula = await register({ givenName: '=HYPERLINK("http://evil.example")', familyName: "Formel", arrivalDate: "2026-11-30" });
    const rows = await exportWorkListSection(db, { user: caseworker, search: {}, clock, language: "da", section: "thisWeek", limit: 100 });
    expect(rows.map((row) => row.id)).toContain(formula);
    const csv = workListCsv([{ section: "thisWeek", rows }], { locale: "da", appUrl: "https://ankomst.example" });
    expect(csv).toContain(`'=HYPERLINK(""http://evil.example"") Formel`);
    expect(csv).toContain(`https://ankomst.example/da/arrivals/${formula}`);
    expect(csv.split("\r\n")[0]).toContain("Navn;Navn med latinske bogstaver;Ankomstdato");
  });
});
