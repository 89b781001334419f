import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActingUser } from "@/lib/auth/acting-user";
import { listCatalogueForAdmin } from "@/lib/catalogue/list-catalogue-for-admin";
import { createLocalStep, localStepKey, updateStepSettings, ZLocalStepText } from "@/lib/catalogue/step-settings";
import { issuePersonalLink } from "@/lib/links/personal-links";
import { buildCurrentPacket, generateWelcomePacket } from "@/lib/packet/packet-service";
import { setStepDone } from "@/lib/progress/step-progress";
import { runReminders } from "@/lib/reminders/run-reminders";
import { loadDashboard } from "@/lib/stats/load-dashboard";
import { readPeriodCounts } from "@/lib/stats/read-counts";
import { backfillApplicableStepIds } from "@/lib/steps/applicable-step-ids";
import { loadChecklistSteps } from "@/lib/steps/checklist-steps";
import { OPEN_RULE } from "@/lib/steps/step-definition";
import { loadWorkList } from "@/lib/worklist/work-list";
import { createTestMunicipality } from "../e2e/test-municipality";
import { herningArrivalForm, registerTestArrival } from "../support/arrival-form";
import { startSmtpTestServer, type TSmtpTestServer } from "../support/smtp-test-server";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
let admin: TActingUser;
let caseworker: TActingUser;
let smtp: TSmtpTestServer;
let borgerserviceId: string;

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret";
  // A municipality of this file's own: its catalogue changes for nobody else.
  const municipality = await createTestMunicipality(db);
  const userOf = (local: string) =>
    db.user.findUniqueOrThrow({ where: { email: `${local}@${municipality.slug}.demo` }, select: { id: true, municipalityId: true } });
  admin = await userOf("admin");
  caseworker = await userOf("caseworker");
  borgerserviceId = (await db.office.findFirstOrThrow({ where: { municipalityId: admin.municipalityId, name: { startsWith: "Borgerservice" } } })).id;
  smtp = await startSmtpTestServer();
  process.env.SMTP_URL = smtp.url;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.stop();
  await db.$disconnect();
});

// The health visitor for each baby under one, within two weeks of arrival, at Borgerservice.
const HEALTH_VISITOR = {
  isActive: true,
  section: "children" as const,
  position: 0,
  rules: [{ ...OPEN_RULE, subject: "child" as const, age: { from: 0, to: 11, unit: "months" as const, at: "arrival" as const } }],
  deadline: { kind: "afterArrival" as const, amount: 14, unit: "days" as const, lateNoticeDays: 14 },
};

describe("a municipality's own step", () => {
  it("reaches the packet, the checklist, the reminders, the work list and the statistics, and leaves them when switched off", async () => {
    const created = await createLocalStep(db, {
      user: admin,
      settings: { ...HEALTH_VISITOR, placeId: borgerserviceId },
      text: { title: "Sundhedsplejersken besøger {child}", body: "Sundhedsplejersken kommer på hjemmebesøg hos familier med små børn." },
    });
    expect(created?.key).toMatch(/^local-sundhedsplejer-[0-9a-f]{4}$/);
    const key = created!.key;
    // The Danish master is written; the offered translations are flagged missing in the catalogue until written.
    const overview = await listCatalogueForAdmin(db, { municipalityId: admin.municipalityId, language: "en" });
    expect(overview.find((step) => step.key === key)?.texts.map((text) => [text.language, text.status])).toEqual(
      expect.arrayContaining([
        ["da", "current"],
        ["en", "missing"],
        ["de", "missing"],
      ]),
    );

    // Arrived Monday 2 November 2026 with a baby of five months and a child of seven.
    const arrivalId = await registerTestArrival(
      db,
      caseworker,
      herningArrivalForm({
        givenName: "Lokal",
        familyName: "Familie",
        arrivalDate: "2026-11-02",
        email: "lokal.familie@example.org",
        children: [
          { givenName: "Mila", familyName: "Familie", dateOfBirth: "2026-06-01" },
          { givenName: "Oskar", familyName: "Familie", dateOfBirth: "2019-05-01" },
        ],
      }),
    );
    const mila = await db.householdMember.findFirstOrThrow({ where: { arrivalId, givenName: "Mila" } });

    // The checklist and the packet: the baby's step, in Danish until translated, due Monday 16 November.
    const checklist = (await loadChecklistSteps(db, { municipalityId: caseworker.municipalityId, arrivalId, language: "en" }))!;
    expect(checklist.filter((step) => step.stepKey === key)).toEqual([
      { id: `${key}-${mila.id}`, stepKey: key, householdMemberId: mila.id, title: "Sundhedsplejersken besøger Mila Familie" },
    ]);
    await issuePersonalLink(db, { user: caseworker, arrivalId, now: new Date("2026-11-02T10:00:00Z") });
    const packet = (await buildCurrentPacket(
      db,
      { municipalityId: caseworker.municipalityId, arrivalId, language: "en" },
      { now: new Date("2026-11-02T10:00:00Z") },
    ))!;
    const inPacket = packet.sections.find((section) => section.id === "children")?.steps.filter((step) => step.key === key);
    expect(inPacket?.map((step) => [step.forName, step.deadline])).toEqual([["Mila Familie", "2026-11-16"]]);

    // The work list: due in the week of 12 November, filtered by the step.
    const clock = { today: "2026-11-12", now: new Date("2026-11-12T09:00:00Z") };
    const due = async () =>
      (await loadWorkList(db, { user: caseworker, search: { section: "due", step: key }, clock, language: "en" })).find(
        (section) => section.section === "due",
      )!;
    expect((await due()).rows.map((row) => row.id)).toEqual([arrivalId]);

    // The reminder: seven days before (no default of its own), on Monday 9 November.
    await db.arrival.update({ where: { id: arrivalId }, data: { remindersConsentAt: new Date("2026-11-02T10:05:00Z"), remindersConsentSource: "COUNTER" } });
    await runReminders(db, { now: new Date("2026-11-09T07:00:00Z") });
    const [mail] = smtp.received.filter((received) => received.to && "text" in received.to && received.to.text === "lokal.familie@example.org");
    // The plain-text part writes step titles in capitals.
    expect(mail?.text).toContain("SUNDHEDSPLEJERSKEN BESØGER MILA FAMILIE");
    expect(mail?.text).toContain("Deadline: 16 November 2026");

    // The statistics: who could tick it, and who did.
    await setStepDone(db, { arrivalId, step: { stepKey: key, householdMemberId: mila.id }, isDone: true });
    const period = { from: "2026-11-01", to: "2026-11-30" };
    const counts = await readPeriodCounts(db, { municipalityId: caseworker.municipalityId, period });
    expect(counts.byDimension["step-applies"].get(key)).toBe(1);
    expect(counts.byDimension["step-ticked"].get(key)).toBe(1);
    const dashboard = await loadDashboard(db, { municipalityId: caseworker.municipalityId, period, today: "2026-11-30", language: "en" });
    // One household is a small count: the row is there, its numbers hidden.
    expect(dashboard.steps.current.find((share) => share.key === key)?.title).toBe("Sundhedsplejersken besøger");

    // Switched off: the next packet and checklist leave it out; the stored steps follow at the refresh.
    await generateWelcomePacket(db, { user: caseworker, arrivalId, language: "en", now: new Date("2026-11-03T10:00:00Z") });
    expect(
      await updateStepSettings(db, { user: admin, stepId: created!.stepId, settings: { ...HEALTH_VISITOR, isActive: false, placeId: borgerserviceId } }),
    ).toBe("saved");
    const after = (await loadChecklistSteps(db, { municipalityId: caseworker.municipalityId, arrivalId, language: "en" }))!;
    expect(after.some((step) => step.stepKey === key)).toBe(false);
    expect(await backfillApplicableStepIds(db, { municipalityId: caseworker.municipalityId })).toBeGreaterThanOrEqual(1);
    const stored = await db.arrival.findUniqueOrThrow({ where: { id: arrivalId }, select: { applicableStepIds: true, packetOutdatedSince: true } });
    expect(stored.applicableStepIds.some((id) => id.startsWith(key))).toBe(false);
    // The printed letter named a step that is gone: a new one is due.
    expect(stored.packetOutdatedSince).not.toBeNull();
    expect((await due()).rows).toEqual([]);
    // The history stays: the tick is kept, and the step is still in the catalogue.
    expect(await db.stepProgress.count({ where: { arrivalId, stepKey: key } })).toBe(1);
  });

  it("is refused an office of another municipality, and another municipality cannot change it", async () => {
    const elsewhere = await createTestMunicipality(db);
    const otherOffice = await db.office.findFirstOrThrow({ where: { municipality: { slug: elsewhere.slug } } });
    expect(await createLocalStep(db, { user: admin, settings: { ...HEALTH_VISITOR, placeId: otherOffice.id }, text: { title: "X", body: "Y" } })).toBeNull();
    const created = (await createLocalStep(db, {
      user: admin,
      settings: { ...HEALTH_VISITOR, placeId: null },
      text: { title: "Sprogcafé", body: "Kom og snak." },
    }))!;
    const otherAdmin = await db.user.findUniqueOrThrow({ where: { email: `admin@${elsewhere.slug}.demo` }, select: { id: true, municipalityId: true } });
    expect(await updateStepSettings(db, { user: otherAdmin, stepId: created.stepId, settings: { ...HEALTH_VISITOR, placeId: null, isActive: false } })).toBe(
      "not-found",
    );
    expect(await db.auditEvent.count({ where: { entityId: created.stepId, action: "catalogue.add" } })).toBe(1);
    // Its text is checked as every step text is: no direction-override or control characters, nothing empty.
    expect(ZLocalStepText.safeParse({ title: "Sprog\u202Ecafé", body: "Kom." }).success).toBe(false);
    expect(ZLocalStepText.safeParse({ title: " ", body: "Kom." }).success).toBe(false);
    // Keys read in a URL, and fit a step per person's id ("<key>-<uuid>") in 64 characters.
    expect(localStepKey("Æblegrød & Ørebøf – lørdag")).toMatch(/^local-aeblegroed-oer-[0-9a-f]{4}$/);
    expect(localStepKey("!!!")).toMatch(/^local-[0-9a-f]{4}$/);
  });
});
