import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZLetterheadSettings } from "@/lib/municipalities/letterhead-schema";
import { getLetterheadSettings, updateLetterheadSettings } from "@/lib/municipalities/letterhead-settings";
import { buildPacket } from "@/lib/packet/build-packet";
import { loadPacketInput } from "@/lib/packet/load-packet-input";
import { backfillApplicableStepIds, countStaleStepIds } from "@/lib/steps/applicable-step-ids";
import { seedDemoData } from "../../scripts/seeds/seed-demo-data";
import { herningArrivalForm, registerTestArrival } from "../support/arrival-form";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
let admin: { id: string; municipalityId: string };
let otherMunicipalityId: string;

beforeAll(async () => {
  await seedDemoData(db);
  admin = await db.user.findUniqueOrThrow({ where: { email: "admin@herning.demo" }, select: { id: true, municipalityId: true } });
  otherMunicipalityId = (await db.user.findUniqueOrThrow({ where: { email: "admin@holbaek.demo" }, select: { municipalityId: true } })).municipalityId;
});
afterAll(() => db.$disconnect());

describe("the municipality's letterhead", () => {
  it("is saved for the administrator's own municipality, shows in the next packet's input, and raises the version a packet is cached by", async () => {
    const before = await db.municipality.findUniqueOrThrow({ where: { id: admin.municipalityId }, select: { catalogueRevision: true } });
    const otherBefore = await db.municipality.findUniqueOrThrow({ where: { id: otherMunicipalityId } });
    const current = await getLetterheadSettings(db, admin.municipalityId);
    const settings = ZLetterheadSettings.parse({
      ...current,
      signatoryName: "Birgitte Nyborg",
      signatoryTitle_de: "Leiterin Bürgerservice",
      signatoryTitle_en: "",
    });
    await updateLetterheadSettings(db, { admin, settings });

    const after = await db.municipality.findUniqueOrThrow({ where: { id: admin.municipalityId } });
    expect(after.catalogueRevision).toBe(before.catalogueRevision + 1);
    expect(after.signatoryName).toBe("Birgitte Nyborg");
    expect(after.signatoryTitles).toMatchObject({ de: "Leiterin Bürgerservice" });
    expect(after.signatoryTitles).not.toHaveProperty("en");
    expect(await db.municipality.findUniqueOrThrow({ where: { id: otherMunicipalityId } })).toEqual(otherBefore);

    const arrival = await db.arrival.findFirstOrThrow({ where: { municipalityId: admin.municipalityId }, select: { id: true } });
    const input = await loadPacketInput(db, {
      municipalityId: admin.municipalityId,
      arrivalId: arrival.id,
      language: "de",
      linkUrl: null,
      generatedAt: new Date(),
    });
    expect(input?.municipality).toMatchObject({ signatoryName: "Birgitte Nyborg", signatoryTitle: "Leiterin Bürgerservice" });
    expect(await db.auditEvent.count({ where: { action: "municipality.update", actorUserId: admin.id } })).toBe(1);
  });

  it("refuses a postcode, phone, e-mail or web address that is not one, and a required field left empty", () => {
    const result = ZLetterheadSettings.safeParse({
      letterName: " ",
      addressLine: "Torvet 5",
      postalCode: "74000",
      city: "Herning",
      phone: "ring til os",
      email: "borgerservice",
      website: "http://herning.dk",
      signatoryName: "",
      signatoryTitle_en: "",
      signatoryTitle_de: "",
      signatoryTitle_da: "",
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path[0], issue.message]));
    expect(messages).toEqual({ letterName: "required", postalCode: "postalCodeInvalid", phone: "phoneInvalid", email: "emailInvalid", website: "urlInvalid" });
  });
});

describe("the municipality's offices", () => {
  it("are added, edited, moved and removed by the municipality's administrator only, each change raising the packets' version", async () => {
    const { createOffice, deleteOffice, listOffices, moveOffice, updateOffice } = await import("@/lib/municipalities/offices");
    const { ZOffice, EMPTY_OFFICE } = await import("@/lib/municipalities/office-schema");
    const holbaekAdmin = await db.user.findUniqueOrThrow({ where: { email: "admin@holbaek.demo" }, select: { id: true, municipalityId: true } });
    const version = async () => (await db.municipality.findUniqueOrThrow({ where: { id: admin.municipalityId } })).catalogueRevision;
    const start = await version();
    const office = ZOffice.parse({
      ...EMPTY_OFFICE,
      name: "Integrationshuset",
      addressLine: "Nørregade 1",
      postalCode: "7400",
      city: "Herning",
      from_1: "09:00",
      to_1: "12:00",
      from_3: "09:00",
      to_3: "12:00",
      hours_da: "book tid først",
      hours_en: "book a time first",
    });
    // A day open with no closing time, or closing before it opens, is refused.
    expect(ZOffice.safeParse({ ...EMPTY_OFFICE, name: "X", addressLine: "Y", postalCode: "7400", city: "Herning", from_0: "09:00" }).success).toBe(false);
    expect(
      ZOffice.safeParse({ ...EMPTY_OFFICE, name: "X", addressLine: "Y", postalCode: "7400", city: "Herning", from_0: "12:00", to_0: "09:00" }).success,
    ).toBe(false);
    const id = await createOffice(db, { admin, office });
    expect((await listOffices(db, admin.municipalityId)).at(-1)?.name).toBe("Integrationshuset");
    expect(await moveOffice(db, { admin, officeId: id, direction: "up" })).toBe(true);
    const order = (await listOffices(db, admin.municipalityId)).map((row) => row.name);
    expect(order.indexOf("Integrationshuset")).toBe(order.length - 2);
    expect(await updateOffice(db, { admin, officeId: id, office: { ...office, name: "Integrationshuset (nyt navn)" } })).toBe(true);

    const arrival = await db.arrival.findFirstOrThrow({ where: { municipalityId: admin.municipalityId }, select: { id: true } });
    const input = await loadPacketInput(db, {
      municipalityId: admin.municipalityId,
      arrivalId: arrival.id,
      language: "en",
      linkUrl: null,
      generatedAt: new Date(),
    });
    expect(input?.offices.map((row) => row.name)).toContain("Integrationshuset (nyt navn)");
    expect(input?.offices.find((row) => row.name === "Integrationshuset (nyt navn)")?.hours).toBe("Tue 09:00–12:00, Thu 09:00–12:00 (book a time first)");

    // Another municipality's administrator finds no such office.
    expect(await updateOffice(db, { admin: holbaekAdmin, officeId: id, office })).toBe(false);
    expect(await moveOffice(db, { admin: holbaekAdmin, officeId: id, direction: "down" })).toBe(false);
    expect(await deleteOffice(db, { admin: holbaekAdmin, officeId: id })).toBe(false);
    expect(await deleteOffice(db, { admin, officeId: id })).toBe(true);
    expect((await listOffices(db, admin.municipalityId)).map((row) => row.name)).not.toContain("Integrationshuset (nyt navn)");
    expect(await version()).toBe(start + 4);
  });

  it("give every step done there their new hours at once, and move its deadlines to the days they are open", async () => {
    const { getOfficeForEditing, updateOffice } = await import("@/lib/municipalities/offices");
    const { ZOffice } = await import("@/lib/municipalities/office-schema");
    const borgerservice = await db.office.findFirstOrThrow({ where: { municipalityId: admin.municipalityId, name: "Borgerservice Herning" } });
    const stored = (await getOfficeForEditing(db, { municipalityId: admin.municipalityId, officeId: borgerservice.id }))!;
    expect(stored.from_4).toBe("10:00");
    expect(stored.to_4).toBe("13:00");
    // Arrived Monday 2 November 2026: CPR registration by Saturday the 7th, so Monday the 9th; once
    // Borgerservice opens on Tuesdays and Thursdays only, Tuesday the 10th.
    const arrivalId = await registerTestArrival(db, admin, herningArrivalForm({ givenName: "Kontor", familyName: "Tider", arrivalDate: "2026-11-02" }));
    const cprDeadline = async () =>
      (await db.stepDeadline.findFirstOrThrow({ where: { arrivalId, stepKey: "cpr-registration", householdMemberId: null } })).deadline;
    expect(await cprDeadline()).toEqual(new Date("2026-11-09"));
    // Open on Tuesdays and Thursdays only from now on.
    const closed = Object.fromEntries(
      [0, 1, 2, 3, 4, 5, 6].flatMap((day) => [
        [`from_${day}`, ""],
        [`to_${day}`, ""],
      ]),
    );
    const office = ZOffice.parse({ ...stored, ...closed, from_1: "09:00", to_1: "12:00", from_3: "09:00", to_3: "12:00" });
    expect(await updateOffice(db, { admin, officeId: borgerservice.id, office })).toBe(true);

    // The text's place field is a note under the office's name.
    await db.catalogueStepText.updateMany({
      where: { language: "en", step: { municipalityId: admin.municipalityId, key: "cpr-registration" } },
      data: { whereName: "Book a time first" },
    });
    const input = (await loadPacketInput(db, {
      municipalityId: admin.municipalityId,
      arrivalId,
      language: "en",
      linkUrl: null,
      generatedAt: new Date("2026-11-02T10:00:00Z"),
    }))!;
    const packet = buildPacket(input);
    const cpr = packet.sections.flatMap((section) => section.steps).find((step) => step.key === "cpr-registration")!;
    expect(cpr.where).toMatchObject({
      whereName: "Borgerservice Herning",
      whereNote: "Book a time first",
      whereHours: "Tue 09:00–12:00, Thu 09:00–12:00",
      wherePhone: "+45 96 28 28 28",
      whereEmail: "borgerservice@herning.dk",
    });
    expect(cpr.deadline).toBe("2026-11-10");
    // The stored deadline (work list, reminders) follows at the steps-refresh job's next run.
    expect(await countStaleStepIds(db)).toBeGreaterThan(0);
    await backfillApplicableStepIds(db, { municipalityId: admin.municipalityId });
    expect(await cprDeadline()).toEqual(new Date("2026-11-10"));
    expect(packet.contacts.offices.find((row) => row.name === "Borgerservice Herning")?.hours).toBe("Tue 09:00–12:00, Thu 09:00–12:00");
    expect(await updateOffice(db, { admin, officeId: borgerservice.id, office: ZOffice.parse(stored) })).toBe(true);
  });

  it("keep the national bodies as places: named with their website at their steps, not among the packet's or the public page's contacts", async () => {
    const { ZOffice, EMPTY_OFFICE } = await import("@/lib/municipalities/office-schema");
    const { getPublicMunicipality } = await import("@/lib/welcome/get-public-municipality");
    // A national body needs no address; an office does.
    expect(ZOffice.safeParse({ ...EMPTY_OFFICE, kind: "NATIONAL", name: "Styrelsen", website: "https://example.dk" }).success).toBe(true);
    expect(ZOffice.safeParse({ ...EMPTY_OFFICE, kind: "LOCAL", name: "Kontoret" }).success).toBe(false);

    const arrivalId = await registerTestArrival(
      db,
      admin,
      herningArrivalForm({ givenName: "Stat", familyName: "Lig", arrivalDate: "2026-11-02", residenceBasis: "EU_EEA_SWISS" }),
    );
    const input = (await loadPacketInput(db, {
      municipalityId: admin.municipalityId,
      arrivalId,
      language: "en",
      linkUrl: null,
      generatedAt: new Date("2026-11-02T10:00:00Z"),
    }))!;
    const packet = buildPacket(input);
    const steps = packet.sections.flatMap((section) => section.steps);
    expect(steps.find((step) => step.key === "eu-residence-document")?.where).toMatchObject({
      whereName: "SIRI – Styrelsen for International Rekruttering og Integration",
      whereAddress: null,
      whereUrl: "https://lifeindenmark.borger.dk",
    });
    expect(steps.find((step) => step.key === "tax-card")?.where).toMatchObject({ whereName: "Skattestyrelsen", whereUrl: "https://skat.dk" });
    expect(packet.contacts.offices.map((office) => office.name)).not.toContain("Skattestyrelsen");
    const publicPage = await getPublicMunicipality(db, "herning", "en");
    expect(publicPage?.offices.map((office) => office.name)).not.toContain("Skattestyrelsen");
  });
});

describe("the personal links' validity and the retention period", () => {
  it("saves a longer retention at once, a shorter one only once confirmed, and nothing outside the bounds", async () => {
    const { updateKeepingSettings, ZKeepingSettings } = await import("@/lib/municipalities/keeping-settings");
    const periods = async () =>
      db.municipality.findUniqueOrThrow({ where: { id: admin.municipalityId }, select: { retentionMonths: true, linkValidityMonths: true } });
    expect(await periods()).toEqual({ retentionMonths: 24, linkValidityMonths: 12 });
    expect(await updateKeepingSettings(db, { admin, linkValidityMonths: 6, retentionMonths: 36, isShorterConfirmed: false })).toEqual({ status: "saved" });
    expect(await updateKeepingSettings(db, { admin, linkValidityMonths: 6, retentionMonths: 12, isShorterConfirmed: false })).toEqual({
      status: "confirm-shorter",
      from: 36,
      to: 12,
    });
    expect(await periods()).toEqual({ retentionMonths: 36, linkValidityMonths: 6 });
    expect(await updateKeepingSettings(db, { admin, linkValidityMonths: 12, retentionMonths: 24, isShorterConfirmed: true })).toEqual({ status: "saved" });
    expect(await periods()).toEqual({ retentionMonths: 24, linkValidityMonths: 12 });
    for (const retentionMonths of ["5", "61", "-1", "12.5", "tolv"]) {
      expect(ZKeepingSettings.safeParse({ linkValidityMonths: "12", retentionMonths }).success, retentionMonths).toBe(false);
    }
    expect(ZKeepingSettings.safeParse({ linkValidityMonths: "25", retentionMonths: "24" }).success).toBe(false);
  });
});

describe("the languages packets are offered in", () => {
  it("are saved in the offered order, at least one; the catalogue overview and the newcomer's link follow them", async () => {
    const { getOfferedLanguages, saveOfferedLanguages, ZOfferedLanguages } = await import("@/lib/municipalities/offered-languages");
    const { listCatalogueForAdmin } = await import("@/lib/catalogue/list-catalogue-for-admin");
    // The demo's Herning offers every packet language; Holbæk the database's default three.
    expect(await getOfferedLanguages(db, admin.municipalityId)).toEqual(["en", "de", "da", "uk", "ar", "pl", "ro"]);
    expect(ZOfferedLanguages.safeParse([]).success).toBe(false);
    expect(ZOfferedLanguages.safeParse(["en", "fr"]).success).toBe(false);
    await saveOfferedLanguages(db, { admin, languages: ZOfferedLanguages.parse(["da", "en", "en"]) });
    expect(await getOfferedLanguages(db, admin.municipalityId)).toEqual(["en", "da"]);
    expect(await getOfferedLanguages(db, otherMunicipalityId)).toEqual(["en", "de", "da"]);

    const [step] = await listCatalogueForAdmin(db, { municipalityId: admin.municipalityId, language: "en" });
    expect(step?.texts.map((text) => text.language)).toEqual(["da", "en"]);
    expect(
      await db.auditEvent.count({ where: { action: "municipality.update", actorUserId: admin.id, metadata: { path: ["part"], equals: "packet-languages" } } }),
    ).toBe(1);
    await saveOfferedLanguages(db, { admin, languages: ["en", "de", "da", "uk", "ar", "pl", "ro"] });
  });
});
