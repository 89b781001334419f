import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { arrivalInputFromFormData } from "@/lib/arrivals/form-data";
import { arrivalToFormInput } from "@/lib/arrivals/form-values";
import { getArrival } from "@/lib/arrivals/get-arrival";
import type { TArrivalFormInput } from "@/lib/arrivals/schemas";
import { updateArrival } from "@/lib/arrivals/update-arrival";
import type { TActingUser } from "@/lib/auth/acting-user";
import { issuePersonalLink } from "@/lib/links/personal-links";
import { getStepProgress, setStepDone } from "@/lib/progress/step-progress";
import { runReminders } from "@/lib/reminders/run-reminders";
import { readPeriodCounts } from "@/lib/stats/read-counts";
import { loadChecklistSteps } from "@/lib/steps/checklist-steps";
import { createTestArrival, ZArrivalFormOnTestDay } from "../support/arrival-form";
import { seedDemoActors } from "../support/demo-actors";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
let caseworker: TActingUser;

// Arrived 20 November 2026: Adam (8) goes to school, Zofia is 26 weeks old on 9 December (daycare,
// reminded from 18 November), Ewa (5) leaves the household in the last edit.
const HOUSEHOLD: TArrivalFormInput = {
  givenName: "Katarzyna",
  familyName: "Wiśniewska",
  dateOfBirth: "1988-06-12",
  nationality: "PL",
  packetLanguage: "en",
  email: "katarzyna.wisniewska@example.org",
  phone: "+48 600 100 200",
  arrivalDate: "2026-11-20",
  addressLine: "Østergade 4",
  postalCode: "7400",
  city: "Herning",
  residenceBasis: "EU_EEA_SWISS",
  employerOrSchool: "Vestas",
  expectedStayMonths: "",
  cprRegistered: false,
  cprRegisteredOn: "",
  spouse: null,
  children: [
    { givenName: "Adam", familyName: "Wiśniewski", dateOfBirth: "2018-03-01" },
    { givenName: "Zofia", familyName: "Wiśniewska", dateOfBirth: "2026-06-10" },
    { givenName: "Ewa", familyName: "Wiśniewska", dateOfBirth: "2021-06-15" },
  ],
};
const REMINDER_MORNING = new Date("2026-11-26T07:00:00Z");
const PERIOD = { from: "2026-11-01", to: "2026-11-30" };

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret";
  ({ herning: caseworker } = await seedDemoActors(db));
});
afterAll(() => db.$disconnect());

/** The edit form as the caseworker's browser posts it (hidden member ids included), changed by `change`. */
async function editAsCaseworker(arrivalId: string, change: (input: TArrivalFormInput) => TArrivalFormInput) {
  const arrival = await getArrival(db, { user: caseworker, arrivalId, purpose: "edit" });
  const posted = change(arrivalToFormInput(arrival!));
  const formData = new FormData();
  for (const [name, value] of Object.entries(posted)) if (typeof value === "string") formData.set(name, value);
  formData.set("cprRegistered", posted.cprRegistered ? "yes" : "no");
  posted.children.forEach((child, index) => {
    for (const [field, value] of Object.entries(child)) formData.set(`children.${index}.${field}`, String(value));
  });
  const result = await updateArrival(db, {
    user: caseworker,
    arrivalId,
    form: ZArrivalFormOnTestDay.parse(arrivalInputFromFormData(formData)),
    expectedVersion: arrival!.version,
    isDuplicateConfirmed: true,
  });
  expect(result.status).toBe("updated");
}

describe("editing an arrival", () => {
  it("keeps each household member who stays, with their ticks, reminders and statistics; a removed member's go with them", async () => {
    const created = await createTestArrival(db, {
      user: caseworker,
      form: ZArrivalFormOnTestDay.parse(HOUSEHOLD),
      creationKey: crypto.randomUUID(),
      isDuplicateConfirmed: true,
    });
    if (created.status !== "created") throw new Error(created.status);
    const arrivalId = created.arrivalId;
    const target = { municipalityId: caseworker.municipalityId, arrivalId };
    await issuePersonalLink(db, { user: caseworker, arrivalId, now: new Date("2026-11-20T10:00:00Z") });
    await db.arrival.update({ where: { id: arrivalId }, data: { remindersConsentAt: new Date("2026-11-20T10:05:00Z"), remindersConsentSource: "NEWCOMER" } });

    // The newcomer ticks Adam's school enrolment and Ewa's daycare, then the morning's reminder names Zofia's daycare.
    const steps = (await loadChecklistSteps(db, { ...target, language: "en" }))!;
    const stepFor = (key: string, givenName: string) => steps.find((step) => step.stepKey === key && step.title.includes(givenName))!;
    await setStepDone(db, { arrivalId, step: stepFor("school-enrolment", "Adam"), isDone: true });
    await setStepDone(db, { arrivalId, step: stepFor("daycare", "Ewa"), isDone: true });
    expect((await runReminders(db, { now: REMINDER_MORNING, send: async () => ({ messageId: "<first@test>" }) })).remindersSent).toBeGreaterThan(0);

    const adamSchool = stepFor("school-enrolment", "Adam").id;
    const ticksBefore = await getStepProgress(db, target);
    const remindersOf = () =>
      db.reminderDelivery.findMany({
        where: { arrivalId },
        orderBy: [{ stepKey: "asc" }],
        select: { stepKey: true, householdMemberId: true, deadline: true, sentAt: true },
      });
    const remindersBefore = await remindersOf();
    expect(remindersBefore.map((row) => row.stepKey)).toContain("daycare");
    const counts = async () => (await readPeriodCounts(db, { municipalityId: caseworker.municipalityId, period: PERIOD })).byDimension["step-ticked"];
    const ticksCounted = await counts();
    expect(ticksCounted.get("school-enrolment")).toBeGreaterThanOrEqual(1);

    const stayed = async () => {
      const ticks = await getStepProgress(db, target);
      expect(ticks.get(adamSchool)).toEqual(ticksBefore.get(adamSchool));
      expect(await remindersOf()).toEqual(remindersBefore);
      // Nothing is reminded of again: the reminders still match their steps.
      expect((await runReminders(db, { now: REMINDER_MORNING, send: async () => ({ messageId: "<again@test>" }) })).remindersSent).toBe(0);
    };

    await editAsCaseworker(arrivalId, (input) => ({ ...input, phone: "+45 20 30 40 50" }));
    await stayed();
    expect(await counts()).toEqual(ticksCounted);

    await editAsCaseworker(arrivalId, (input) => ({
      ...input,
      children: input.children.map((child) => (child.givenName === "Adam" ? { ...child, dateOfBirth: "2018-04-01" } : child)),
    }));
    await stayed();
    expect(await counts()).toEqual(ticksCounted);

    const ewaId = (await db.householdMember.findFirstOrThrow({ where: { arrivalId, givenName: "Ewa" } })).id;
    await editAsCaseworker(arrivalId, (input) => ({ ...input, children: input.children.filter((child) => child.givenName !== "Ewa") }));
    await stayed();
    // Ewa is gone, and her tick with her; Adam's counts as before.
    expect(await db.householdMember.count({ where: { id: ewaId } })).toBe(0);
    expect(await db.stepProgress.count({ where: { arrivalId, stepKey: "daycare" } })).toBe(0);
    const afterRemoval = await counts();
    expect(afterRemoval.get("school-enrolment")).toBe(ticksCounted.get("school-enrolment"));
    expect(afterRemoval.get("daycare") ?? 0).toBe((ticksCounted.get("daycare") ?? 0) - 1);
  });

  it("does not take over a member of another household whose id is posted", async () => {
    const other = await createTestArrival(db, {
      user: caseworker,
      form: ZArrivalFormOnTestDay.parse({ ...HOUSEHOLD, givenName: "Other", children: [HOUSEHOLD.children[0]!] }),
      creationKey: crypto.randomUUID(),
      isDuplicateConfirmed: true,
    });
    const mine = await createTestArrival(db, {
      user: caseworker,
      form: ZArrivalFormOnTestDay.parse({ ...HOUSEHOLD, givenName: "Mine", children: [] }),
      creationKey: crypto.randomUUID(),
      isDuplicateConfirmed: true,
    });
    if (other.status !== "created" || mine.status !== "created") throw new Error("not created");
    const foreign = await db.householdMember.findFirstOrThrow({ where: { arrivalId: other.arrivalId } });
    await editAsCaseworker(mine.arrivalId, (input) => ({
      ...input,
      children: [{ id: foreign.id, givenName: "Taken", familyName: "Over", dateOfBirth: "2019-01-01" }],
    }));
    expect(await db.householdMember.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ arrivalId: other.arrivalId, givenName: "Adam" });
    const added = await db.householdMember.findFirstOrThrow({ where: { arrivalId: mine.arrivalId } });
    expect(added.id).not.toBe(foreign.id);
  });
});
