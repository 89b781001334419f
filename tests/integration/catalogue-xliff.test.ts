import { afterAll, beforeAll, describe, expect, it } from "vitest";
import js2xliff from "xliff/js2xliff";
import xliff2js from "xliff/xliff2js";
import { updateStepText } from "@/lib/catalogue/update-step-text";
import { applyCatalogueXliff } from "@/lib/catalogue/xliff/apply-catalogue-xliff";
import { exportCatalogueXliff, readCatalogueXliff } from "@/lib/catalogue/xliff/catalogue-xliff";
import { toIsoDate } from "@/lib/dates/iso-date";
import type { TPacketLanguage, TSiteLanguage } from "@/lib/i18n/languages";
import { buildCurrentPacket } from "@/lib/packet/packet-service";
import { getPublicMunicipality } from "@/lib/welcome/get-public-municipality";
import { seedDemoData } from "../../scripts/seeds/seed-demo-data";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
type TAdmin = { id: string; municipalityId: string; role: "ADMIN"; name: string; email: string };
let admin: TAdmin;
let otherAdmin: TAdmin;

beforeAll(async () => {
  await seedDemoData(db);
  const select = { id: true, municipalityId: true, role: true, name: true, email: true } as const;
  admin = (await db.user.findUniqueOrThrow({ where: { email: "admin@herning.demo" }, select })) as TAdmin;
  otherAdmin = (await db.user.findUniqueOrThrow({ where: { email: "admin@holbaek.demo" }, select })) as TAdmin;
});
afterAll(() => db.$disconnect());

/** What a translator's tool does with the file: fills in (or replaces) targets by unit id, in whichever of its files has the unit. */
async function translate(xml: string, targets: Record<string, string>): Promise<string> {
  const document = await xliff2js(xml);
  for (const [id, target] of Object.entries(targets)) {
    // A unit the file does not have (a test of refusals) goes into its first file.
    const file = Object.values(document.resources).find((units) => units[id]) ?? Object.values(document.resources)[0]!;
    file[id] = { source: "", ...file[id], target };
  }
  return js2xliff(document);
}

const exported = async (municipalityId: string, language: TSiteLanguage) => (await exportCatalogueXliff(db, { municipalityId, language }))!;

describe("the catalogue as XLIFF 2.0", () => {
  it("exports a language with the Danish master as source, notes for placeholders and paragraphs, and which units are new, out of date or unreviewed", async () => {
    const file = await exported(admin.municipalityId, "uk");
    expect(file.fileName).toBe("ankomst-herning-catalogue-uk.xlf");
    expect(file.xml).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="da" trgLang="uk">');
    expect(file.xml).toContain('<file id="ankomst-catalogue-herning">');
    const units = Object.values((await xliff2js(file.xml)).resources)[0]!;
    expect(units["daycare.title"]?.source).toBe("Dagtilbud til {child}");
    expect(units["daycare.title"]?.target).toBe("Дитячий садок для {child}");
    expect(units["daycare.title"]?.note).toEqual(expect.arrayContaining(["Keep {child} as it is: the packet puts the child's name there."]));
    expect([units["school-enrolment.body"]?.note].flat()).toEqual(expect.arrayContaining(["Keep the 2 paragraphs, each separated by a blank line."]));
    expect([units["library.title"]?.note].flat()).toContain("Not yet reviewed by the municipality.");
  });

  it("takes a translated file back: a preview of what changes, then applied in one transaction, audited, in the next packet", async () => {
    const file = await exported(admin.municipalityId, "uk");
    const translated = await translate(file.xml, {
      "library.title": "Завітайте до бібліотеки Гернінга",
      "library.body": "Бібліотека позичає книжки багатьма мовами.",
    });
    const preview = await readCatalogueXliff(db, { municipalityId: admin.municipalityId, language: "uk", xml: translated });
    expect(preview.ok && preview.changes.map((change) => [change.ownerKey, change.field, change.after])).toEqual([
      ["library", "title", "Завітайте до бібліотеки Гернінга"],
      ["library", "body", "Бібліотека позичає книжки багатьма мовами."],
    ]);
    const revisionBefore = (await db.municipality.findUniqueOrThrow({ where: { id: admin.municipalityId } })).catalogueRevision;
    const applied = await applyCatalogueXliff(db, { user: admin, language: "uk", xml: translated });
    expect(applied.ok).toBe(true);
    const text = await db.catalogueStepText.findFirstOrThrow({ where: { language: "uk", step: { municipalityId: admin.municipalityId, key: "library" } } });
    expect(text.title).toBe("Завітайте до бібліотеки Гернінга");
    expect(text.reviewedAt).not.toBeNull();
    expect((await db.municipality.findUniqueOrThrow({ where: { id: admin.municipalityId } })).catalogueRevision).toBe(revisionBefore + 1);
    expect(await db.auditEvent.count({ where: { action: "catalogue.import", actorUserId: admin.id, metadata: { path: ["units"], equals: 2 } } })).toBe(1);
    const arrival = await db.arrival.findFirstOrThrow({ where: { municipalityId: admin.municipalityId } });
    const packet = await buildCurrentPacket(db, { municipalityId: admin.municipalityId, arrivalId: arrival.id, language: "uk" });
    expect(packet?.sections.flatMap((section) => section.steps).map((step) => step.title)).toContain("Завітайте до бібліотеки Гернінга");
    // The same file again changes nothing.
    const again = await readCatalogueXliff(db, { municipalityId: admin.municipalityId, language: "uk", xml: translated });
    expect(again.ok && again.changes).toEqual([]);
    // A file exported now (the imported units reviewed, with nothing to note) reads back too.
    const reexported = await exported(admin.municipalityId, "uk");
    expect(await readCatalogueXliff(db, { municipalityId: admin.municipalityId, language: "uk", xml: reexported.xml })).toEqual({ ok: true, changes: [] });
  });

  it("refuses another municipality's file, another language's, one older than the master, and broken placeholders, paragraphs, length or characters, changing nothing", async () => {
    const file = await exported(admin.municipalityId, "pl");
    const refusals = async (xml: string, language: TPacketLanguage = "pl") => {
      const reading = await readCatalogueXliff(db, { municipalityId: admin.municipalityId, language, xml });
      return reading.ok ? [] : reading.problems.map((problem) => problem.kind);
    };
    expect(await refusals("<html>not a catalogue</html>")).toEqual(["not-xliff"]);
    expect(await refusals("not even XML")).toEqual(["not-xliff"]);
    expect(await refusals(file.xml, "ro")).toEqual(["wrong-language"]);
    expect(await refusals((await exported(otherAdmin.municipalityId, "pl")).xml)).toEqual(["wrong-municipality"]);
    expect(await refusals(await translate(file.xml, { "daycare.title": "Opieka dzienna" }))).toEqual(["placeholders"]);
    expect(await refusals(await translate(file.xml, { "school-enrolment.body": "Jeden akapit zamiast dwóch." }))).toEqual(["paragraphs"]);
    expect(await refusals(await translate(file.xml, { "library.title": "B".repeat(201) }))).toEqual(["too-long"]);
    expect(await refusals(await translate(file.xml, { "library.title": "Biblioteka\u202e" }))).toEqual(["invalid-characters"]);
    expect(await refusals(await translate(file.xml, { "no-such-step.title": "?" }))).toEqual(["unknown-unit"]);

    // The Danish master changes after the export: the file's translation of the old text is refused.
    const translated = await translate(file.xml, { "mitid.title": "Uzyskaj MitID już dziś" });
    const danish = await db.catalogueStepText.findFirstOrThrow({ where: { language: "da", step: { municipalityId: admin.municipalityId, key: "mitid" } } });
    await updateStepText(db, {
      user: admin,
      stepId: danish.stepId,
      language: "da",
      text: { ...danish, title: `${danish.title} nu`, checkedOn: toIsoDate(danish.checkedOn) },
    });
    expect(await refusals(translated)).toEqual(["master-changed"]);
    const before = await db.catalogueStepText.findFirstOrThrow({ where: { language: "pl", step: { municipalityId: admin.municipalityId, key: "mitid" } } });
    expect((await applyCatalogueXliff(db, { user: admin, language: "pl", xml: translated })).ok).toBe(false);
    expect((await db.catalogueStepText.findFirstOrThrow({ where: { id: before.id } })).title).toBe(before.title);
  });

  it("refuses half a first translation, which would print Danish in its place", async () => {
    const step = await db.catalogueStep.findFirstOrThrow({ where: { municipalityId: otherAdmin.municipalityId, key: "library" } });
    await db.catalogueStepText.deleteMany({ where: { stepId: step.id, language: "ro" } });
    const file = await exported(otherAdmin.municipalityId, "ro");
    const titleOnly = await translate(file.xml, { "library.title": "Vizitați biblioteca din Holbæk" });
    const reading = await readCatalogueXliff(db, { municipalityId: otherAdmin.municipalityId, language: "ro", xml: titleOnly });
    expect(reading.ok ? [] : reading.problems.map((problem) => problem.kind)).toEqual(["incomplete"]);
    const both = await translate(file.xml, { "library.title": "Vizitați biblioteca din Holbæk", "library.body": "Biblioteca împrumută cărți." });
    expect((await applyCatalogueXliff(db, { user: otherAdmin, language: "ro", xml: both })).ok).toBe(true);
    const created = await db.catalogueStepText.findUniqueOrThrow({ where: { stepId_language: { stepId: step.id, language: "ro" } } });
    expect(created.body).toBe("Biblioteca împrumută cărți.");
  });
});

describe("the public page in the XLIFF file", () => {
  it("is a file of its own beside the catalogue's; a language only the page speaks has only it", async () => {
    const ukrainian = await xliff2js((await exported(admin.municipalityId, "uk")).xml);
    expect(Object.keys(ukrainian.resources)).toEqual(["ankomst-catalogue-herning", "ankomst-public-page-herning"]);
    const chinese = await exported(admin.municipalityId, "zh");
    expect(chinese.xml).toContain('srcLang="da" trgLang="zh"');
    const units = (await xliff2js(chinese.xml)).resources;
    expect(Object.keys(units)).toEqual(["ankomst-public-page-herning"]);
    const page = units["ankomst-public-page-herning"]!;
    expect(Object.keys(page)).toEqual(["welcome.title", "welcome.body", "way-in.title", "way-in.body", "bring.title", "bring.body", "help.title", "help.body"]);
    expect(page["welcome.title"]).toMatchObject({ source: "Velkommen til {municipality}", target: "欢迎来到{municipality}" });
    expect([page["welcome.title"]?.note].flat()).toEqual(
      expect.arrayContaining(["Keep {municipality} as it is: the page puts the municipality's name there.", "Not yet reviewed by the municipality."]),
    );
    expect([page["bring.body"]?.note].flat()).toContain("Keep the list: one item per line, each line starting with “- ”.");
  });

  it("takes the page's translation back: previewed, applied, audited, on the page; the catalogue's revision untouched", async () => {
    const file = await exported(admin.municipalityId, "zh");
    const translated = await translate(file.xml, { "help.title": "需要帮助？", "help.body": "请致电市民服务中心。\n\n图书馆也可以帮助您。" });
    const preview = await readCatalogueXliff(db, { municipalityId: admin.municipalityId, language: "zh", xml: translated });
    expect(preview.ok && preview.changes.map((change) => [change.file, change.ownerKey, change.field])).toEqual([
      ["public-page", "help", "title"],
      ["public-page", "help", "body"],
    ]);
    const revisionBefore = (await db.municipality.findUniqueOrThrow({ where: { id: admin.municipalityId } })).catalogueRevision;
    expect((await applyCatalogueXliff(db, { user: admin, language: "zh", xml: translated })).ok).toBe(true);
    const help = (await getPublicMunicipality(db, "herning", "zh"))?.blocks.find((block) => block.block === "help");
    expect(help).toMatchObject({ language: "zh", title: "需要帮助？", body: "请致电市民服务中心。\n\n图书馆也可以帮助您。" });
    const stored = await db.publicPageText.findUniqueOrThrow({
      where: { municipalityId_block_language: { municipalityId: admin.municipalityId, block: "help", language: "zh" } },
    });
    expect(stored.reviewedById).toBe(admin.id);
    expect((await db.municipality.findUniqueOrThrow({ where: { id: admin.municipalityId } })).catalogueRevision).toBe(revisionBefore);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "catalogue.import", actorUserId: admin.id, metadata: { path: ["language"], equals: "zh" } },
    });
    expect(event.metadata).toEqual({ language: "zh", steps: 0, publicPageBlocks: 1, units: 2 });
  });

  it("refuses a translation that drops the municipality's name or breaks the list of what to bring", async () => {
    const file = await exported(admin.municipalityId, "fr");
    const refusals = async (targets: Record<string, string>) => {
      const reading = await readCatalogueXliff(db, { municipalityId: admin.municipalityId, language: "fr", xml: await translate(file.xml, targets) });
      return reading.ok ? [] : reading.problems.map((problem) => problem.kind);
    };
    expect(await refusals({ "welcome.title": "Bienvenue" })).toEqual(["placeholders"]);
    expect(await refusals({ "bring.body": "Passeport, titre de séjour, bail et actes.\n\nLes documents doivent être traduits." })).toEqual(["paragraphs"]);
    expect(await refusals({ "bring.body": "- Passeport\n- Titre de séjour\n- Bail\n- Actes\n\nLes documents doivent être traduits." })).toEqual([]);
  });

  it("reads a file with Windows line ends (as a translator's tool may save it, and as the preview form posts it back) as the same texts", async () => {
    const file = await exported(admin.municipalityId, "ru");
    const translated = await translate(file.xml, { "help.body": "Позвоните в службу.\n\nБиблиотека тоже поможет." });
    const reading = await readCatalogueXliff(db, { municipalityId: admin.municipalityId, language: "ru", xml: translated.replaceAll("\n", "\r\n") });
    expect(reading.ok && reading.changes.map((change) => [change.ownerKey, change.field, change.after])).toEqual([
      ["help", "body", "Позвоните в службу.\n\nБиблиотека тоже поможет."],
    ]);
  });
});
