import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TArrivalFormInput } from "@/lib/arrivals/schemas";
import { issuePersonalLink, revokePersonalLinks } from "@/lib/links/personal-links";
import { sendMail } from "@/lib/mail/mail-transport";
import { runReminders } from "@/lib/reminders/run-reminders";
import { createTestArrival, ZArrivalFormOnTestDay } from "../support/arrival-form";
import { seedDemoActors } from "../support/demo-actors";
import { startSmtpTestServer, type TSmtpTestServer } from "../support/smtp-test-server";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
let smtp: TSmtpTestServer;
let caseworker: { id: string; municipalityId: string };

// Arrived 20 November 2026 with a baby who is 26 weeks old on 9 December: CPR by 25 November
// (reminded from the 23rd), daycare from 9 December (reminded from 18 November).
const HOUSEHOLD: TArrivalFormInput = {
  givenName: "Katarzyna",
  familyName: "Nowak",
  dateOfBirth: "1990-04-02",
  nationality: "PL",
  packetLanguage: "de",
  email: "katarzyna.nowak@example.org",
  phone: "",
  arrivalDate: "2026-11-20",
  addressLine: "Bredgade 3",
  postalCode: "7400",
  city: "Herning",
  residenceBasis: "EU_EEA_SWISS",
  employerOrSchool: "Vestas",
  expectedStayMonths: "",
  cprRegistered: false,
  cprRegisteredOn: "",
  spouse: null,
  children: [{ givenName: "Zofia", familyName: "Nowak", dateOfBirth: "2026-06-10" }],
};
const MONDAY_MORNING = new Date("2026-11-23T07:00:00Z");

async function household(overrides: Partial<TArrivalFormInput> = {}, options: { consent?: boolean } = {}) {
  const result = await createTestArrival(db, {
    user: caseworker,
    form: ZArrivalFormOnTestDay.parse({ ...HOUSEHOLD, ...overrides }),
    creationKey: crypto.randomUUID(),
    isDuplicateConfirmed: true,
  });
  if (result.status !== "created") throw new Error(result.status);
  await issuePersonalLink(db, { user: caseworker, arrivalId: result.arrivalId, now: new Date("2026-11-20T10:00:00Z") });
  if (options.consent ?? true) {
    await db.arrival.update({
      where: { id: result.arrivalId },
      data: { remindersConsentAt: new Date("2026-11-20T10:05:00Z"), remindersConsentSource: "NEWCOMER" },
    });
  }
  return result.arrivalId;
}

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret";
  ({ herning: caseworker } = await seedDemoActors(db));
  smtp = await startSmtpTestServer({ refuses: (address) => address.startsWith("nobody-here") });
  process.env.SMTP_URL = smtp.url;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.stop();
  await db.$disconnect();
});

const mailsTo = (address: string) => smtp.received.filter((mail) => mail.to && "text" in mail.to && mail.to.text === address);

describe("reminders before deadlines", () => {
  it("sends one e-mail in the packet's language for the steps due this week, with the link, one-click unsubscribe and a calendar file", async () => {
    const arrivalId = await household();
    const counts = await runReminders(db, { now: MONDAY_MORNING });
    // Katarzyna's and Zofia's own CPR registration, and Zofia's daycare.
    expect(counts).toMatchObject({ mailsSent: 1, remindersSent: 3, failedMails: 0 });
    const [mail, ...more] = mailsTo("katarzyna.nowak@example.org");
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe("Katarzyna, Ihre Schritte für die kommende Woche");
    expect(mail!.subject).not.toContain("Nowak");
    // From the household's municipality, by the name it signs letters with.
    expect(mail!.from?.value[0]?.name).toBe("Herning Kommune");
    expect(mail!.html).toContain('lang="de"');
    expect(mail!.html).toMatch(/<h1[^>]*>Ihre Schritte für die kommende Woche<\/h1>/);
    const link = /http:\/\/[^\s"]+\/de\/welcome\/[A-Za-z0-9_-]{43}/.exec(mail!.text ?? "")?.[0];
    expect(link).toBeDefined();
    // Unfolded: a long header is folded over lines on the wire.
    const header = (name: string) => mail!.headerLines.find((line) => line.key === name)?.line.replace(/\r\n\s+/g, " ");
    expect(header("list-unsubscribe")).toBe(`List-Unsubscribe: <${link!.replace("/de/welcome/", "/api/welcome/")}/reminders>`);
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    const calendar = mail!.attachments.find((attachment) => attachment.filename === "deadlines.ics");
    expect(calendar?.contentType).toBe("text/calendar");
    const ics = calendar!.content.toString("utf8");
    expect(ics).toContain("DTSTART;VALUE=DATE:20261125");
    expect(ics).toContain("DTSTART;VALUE=DATE:20261209");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    const rows = await db.reminderDelivery.findMany({
      where: { arrivalId },
      orderBy: [{ deadline: "asc" }, { householdMemberId: { sort: "asc", nulls: "first" } }],
    });
    const zofia = await db.householdMember.findFirstOrThrow({ where: { arrivalId } });
    expect(rows.map((row) => [row.stepKey, row.householdMemberId, row.status])).toEqual([
      ["cpr-registration", null, "SENT"],
      ["cpr-registration", zofia.id, "SENT"],
      ["daycare", zofia.id, "SENT"],
    ]);
    expect(await db.auditEvent.count({ where: { action: "reminder.send", entityId: arrivalId } })).toBe(1);
  });

  it("never sends twice for the same step and deadline, whether the job runs again or two runs race", async () => {
    const arrivalId = await household({ email: "twice@example.org" });
    const [first, second] = await Promise.all([runReminders(db, { now: MONDAY_MORNING }), runReminders(db, { now: MONDAY_MORNING })]);
    expect(first.remindersSent + second.remindersSent).toBeGreaterThanOrEqual(3);
    await runReminders(db, { now: new Date("2026-11-24T07:00:00Z") });
    expect(mailsTo("twice@example.org")).toHaveLength(1);
    expect(await db.reminderDelivery.count({ where: { arrivalId } })).toBe(3);
  });

  it("gives the claim back when sending fails or a run stops mid-way, and sends on the next run", async () => {
    const arrivalId = await household({ email: "retry@example.org" });
    const failing = async (mail: { to: string }) => {
      if (mail.to === "retry@example.org") throw new Error("451 try again later");
      return sendMail(mail as Parameters<typeof sendMail>[0]);
    };
    await expect(runReminders(db, { now: MONDAY_MORNING, send: failing })).rejects.toThrow("could not be sent");
    expect(await db.reminderDelivery.count({ where: { arrivalId } })).toBe(0);
    // A run that stopped after claiming: its claim is released once it is stale.
    await db.reminderDelivery.create({
      data: {
        arrivalId,
        municipalityId: caseworker.municipalityId,
        stepKey: "cpr-registration",
        deadline: new Date("2026-11-25"),
        mailId: crypto.randomUUID(),
        claimedAt: new Date("2026-11-23T06:00:00Z"),
      },
    });
    await runReminders(db, { now: MONDAY_MORNING });
    expect(mailsTo("retry@example.org")).toHaveLength(1);
    expect(await db.reminderDelivery.count({ where: { arrivalId, status: "SENT" } })).toBe(3);
  });

  it("sends nothing for ticked steps, without consent, after the link is revoked, or once the arrival is anonymised", async () => {
    const ticked = await household({ email: "ticked@example.org", children: [] });
    await db.stepProgress.create({ data: { arrivalId: ticked, stepKey: "cpr-registration", completedAt: new Date("2026-11-21T10:00:00Z") } });
    await household({ email: "no-consent@example.org" }, { consent: false });
    const revoked = await household({ email: "revoked@example.org" });
    await revokePersonalLinks(db, { user: caseworker, arrivalId: revoked });
    const anonymised = await household({ email: "anonymised@example.org" });
    await db.arrival.update({ where: { id: anonymised }, data: { anonymisedAt: new Date("2026-11-22T00:00:00Z") } });
    await runReminders(db, { now: MONDAY_MORNING });
    for (const address of ["ticked@example.org", "no-consent@example.org", "revoked@example.org", "anonymised@example.org"]) {
      expect(mailsTo(address), address).toHaveLength(0);
    }
  });
});

describe("an address the mail server refuses for good", () => {
  it("is kept as bounced for the caseworker, counted, and not tried again", async () => {
    const arrivalId = await household({ email: "nobody-here@example.org" });
    expect(await runReminders(db, { now: MONDAY_MORNING })).toMatchObject({ bouncedMails: 1, failedMails: 0 });
    expect(await db.reminderDelivery.findMany({ where: { arrivalId }, select: { status: true } })).toEqual([
      { status: "BOUNCED" },
      { status: "BOUNCED" },
      { status: "BOUNCED" },
    ]);
    await runReminders(db, { now: new Date("2026-11-24T07:00:00Z") });
    expect(await db.reminderDelivery.count({ where: { arrivalId } })).toBe(3);
    const { listArrivalReminders } = await import("@/lib/reminders/list-reminders");
    expect((await listArrivalReminders(db, { municipalityId: caseworker.municipalityId, arrivalId }))?.mails).toMatchObject([
      { stepCount: 3, status: "BOUNCED" },
    ]);
  });
});

describe("reminders on working mornings", () => {
  it("sends what is due when reminders are turned on in working hours, and leaves a Friday evening's for Monday morning", async () => {
    // CPR due Wednesday 25 November, reminded from Monday the 23rd; reminders turned on Friday 27th
    // evening for a household whose CPR is due Tuesday 1 December (reminded from Friday the 27th).
    const late = await household({ email: "friday-evening@example.org", arrivalDate: "2026-11-26", children: [] });
    const fridayEvening = new Date("2026-11-27T19:02:00Z");
    expect(await runReminders(db, { arrivalId: late, now: fridayEvening })).toMatchObject({ households: 0, mailsSent: 0 });
    expect((await runReminders(db, { now: new Date("2026-11-28T07:00:00Z") })).households).toBe(0);
    expect(mailsTo("friday-evening@example.org")).toHaveLength(0);
    await runReminders(db, { now: new Date("2026-11-30T07:00:00Z") });
    expect(mailsTo("friday-evening@example.org")).toHaveLength(1);

    const inOfficeHours = await household({ email: "friday-morning@example.org", arrivalDate: "2026-11-26", children: [] });
    expect(await runReminders(db, { arrivalId: inOfficeHours, now: new Date("2026-11-27T09:30:00Z") })).toMatchObject({ mailsSent: 1 });
  });
});

describe("consent to reminders", () => {
  it("is turned on only with an e-mail address, kept with who gave it, audited, and turned off again", async () => {
    const { setReminderConsent } = await import("@/lib/reminders/reminder-consent");
    const withEmail = await household({ email: "consent@example.org" }, { consent: false });
    const withoutEmail = await household({ email: "" }, { consent: false });
    const target = { municipalityId: caseworker.municipalityId, arrivalId: withEmail };
    expect(await setReminderConsent(db, { ...target, isOn: true, by: { kind: "caseworker", userId: caseworker.id } })).toBe("on");
    expect(await db.arrival.findUniqueOrThrow({ where: { id: withEmail } })).toMatchObject({ remindersConsentSource: "COUNTER" });
    expect(await setReminderConsent(db, { ...target, isOn: true, by: { kind: "newcomer" } })).toBe("on");
    expect(await setReminderConsent(db, { ...target, isOn: false, by: { kind: "newcomer" } })).toBe("off");
    expect(await db.arrival.findUniqueOrThrow({ where: { id: withEmail } })).toMatchObject({ remindersConsentAt: null, remindersConsentSource: null });
    expect(await db.auditEvent.count({ where: { action: "reminders.consent", entityId: withEmail } })).toBe(2);
    expect(await setReminderConsent(db, { municipalityId: caseworker.municipalityId, arrivalId: withoutEmail, isOn: true, by: { kind: "newcomer" } })).toBe(
      "no-email",
    );
    const holbaek = await db.municipality.findUniqueOrThrow({ where: { slug: "holbaek" } });
    expect(await setReminderConsent(db, { municipalityId: holbaek.id, arrivalId: withEmail, isOn: true, by: { kind: "newcomer" } })).toBe("not-found");
  });
});

describe("the days before a deadline its reminder goes out", () => {
  it("are each step kind's default until the administrator sets their own, within 1 to 60 days", async () => {
    const { getReminderLeadDays, saveReminderLeadDays, ZReminderLeadDays } = await import("@/lib/reminders/reminder-lead-days");
    const daysOf = async () => Object.fromEntries(((await getReminderLeadDays(db, caseworker.municipalityId)) ?? []).map((row) => [row.key, row.days]));
    const defaults = await daysOf();
    // Only steps with a deadline are reminded of: the language assessment has none (the municipality calls).
    expect(defaults).toEqual({ "cpr-registration": 2, "eu-residence-document": 14, "integration-programme": 7, daycare: 21, "school-enrolment": 14 });
    expect(ZReminderLeadDays.safeParse({ ...defaults, daycare: "0" }).success).toBe(false);
    expect(ZReminderLeadDays.safeParse({ ...defaults, daycare: "61" }).success).toBe(false);
    const leadDays = ZReminderLeadDays.parse({ ...defaults, "cpr-registration": "4" });
    await saveReminderLeadDays(db, { admin: caseworker, leadDays });
    expect(await daysOf()).toMatchObject({ "cpr-registration": 4 });
    // A household arrived on the 20th with CPR due on the 25th is now reminded four days before, on
    // Saturday the 21st: on the working day before it, Friday the 20th, and never at the weekend.
    const arrivalId = await household({ email: "four-days@example.org", children: [] });
    expect((await runReminders(db, { now: new Date("2026-11-21T07:00:00Z") })).households).toBe(0);
    await runReminders(db, { now: new Date("2026-11-20T07:00:00Z") });
    expect(mailsTo("four-days@example.org")).toHaveLength(1);
    expect(await db.reminderDelivery.count({ where: { arrivalId } })).toBe(1);
    await saveReminderLeadDays(db, { admin: caseworker, leadDays: { ...leadDays, "cpr-registration": 2 } });
  });
});

describe("the managers' statistics", () => {
  it("count reminder e-mails sent and the reminded steps ticked after their reminder", async () => {
    const { readPeriodCounts } = await import("@/lib/stats/read-counts");
    const period = { from: "2026-11-01", to: "2026-11-30" };
    const before = (await readPeriodCounts(db, { municipalityId: caseworker.municipalityId, period })).events;
    const arrivalId = await household({ email: "statistics@example.org" });
    await runReminders(db, { now: MONDAY_MORNING });
    // CPR ticked after its reminder; the language assessment not.
    await db.stepProgress.create({ data: { arrivalId, stepKey: "cpr-registration", completedAt: new Date("2026-11-23T12:00:00Z") } });
    const after = (await readPeriodCounts(db, { municipalityId: caseworker.municipalityId, period })).events;
    expect(after["reminder.send"] - before["reminder.send"]).toBe(1);
    expect(after["reminder.ticked"] - before["reminder.ticked"]).toBe(1);
  });
});

describe("a newcomer's new e-mail address", () => {
  it("takes effect only through the confirmation link, once, within 24 hours, and at most three links a day are sent", async () => {
    const { requestEmailChange, findEmailChange, confirmEmailChange } = await import("@/lib/reminders/email-change");
    const arrivalId = await household({ email: "old@example.org" });
    const target = { municipalityId: caseworker.municipalityId, arrivalId };
    const now = new Date("2026-11-24T09:00:00Z");
    const first = await requestEmailChange(db, { ...target, newEmail: "new@example.org", now });
    if (first.status !== "requested") throw new Error(first.status);
    expect(await db.arrival.findUniqueOrThrow({ where: { id: arrivalId } })).toMatchObject({ email: "old@example.org" });
    expect(await findEmailChange(db, first.token, now)).toMatchObject({ newEmail: "new@example.org", packetLanguage: "de" });
    expect(await findEmailChange(db, first.token, new Date("2026-11-25T09:00:01Z"))).toBeNull();
    // The token itself is nowhere in the database.
    expect(await db.emailChangeRequest.count({ where: { tokenHash: first.token } })).toBe(0);

    const version = (await db.arrival.findUniqueOrThrow({ where: { id: arrivalId } })).version;
    expect(await confirmEmailChange(db, { token: first.token, now })).toEqual({ status: "confirmed", newEmail: "new@example.org" });
    expect(await db.arrival.findUniqueOrThrow({ where: { id: arrivalId } })).toMatchObject({ email: "new@example.org", version: version + 1 });
    expect(await confirmEmailChange(db, { token: first.token, now })).toEqual({ status: "invalid" });
    expect(await db.auditEvent.count({ where: { action: "arrival.update", entityId: arrivalId, metadata: { path: ["by"], equals: "newcomer" } } })).toBe(1);

    await requestEmailChange(db, { ...target, newEmail: "a@example.org", now });
    await requestEmailChange(db, { ...target, newEmail: "b@example.org", now });
    expect(await requestEmailChange(db, { ...target, newEmail: "c@example.org", now })).toEqual({ status: "too-many" });
    const late = await requestEmailChange(db, { ...target, newEmail: "d@example.org", now: new Date("2026-11-25T09:00:01Z") });
    expect(late.status).toBe("requested");
    if (late.status === "requested")
      expect(await confirmEmailChange(db, { token: late.token, now: new Date("2026-11-26T09:00:02Z") })).toEqual({ status: "invalid" });
  });
});
