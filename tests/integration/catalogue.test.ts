import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PacketView } from "@/components/packet/PacketView";
import { listCatalogueForAdmin } from "@/lib/catalogue/list-catalogue-for-admin";
import { ZStepTextSchema } from "@/lib/catalogue/schemas";
import { updateStepText } from "@/lib/catalogue/update-step-text";
import { PACKET_LANGUAGES } from "@/lib/i18n/languages";
import { buildCurrentPacket } from "@/lib/packet/packet-service";
import { renderPacketPdf } from "@/lib/packet/render-packet-pdf";
import { STEP_KEYS } from "@/lib/steps/step-keys";
import { seedDemoData } from "../../scripts/seeds/seed-demo-data";
import { readPdfStructure } from "../support/pdf-structure";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
let admin: { id: string; municipalityId: string };
let otherAdmin: { id: string; municipalityId: string };

beforeAll(async () => {
  await seedDemoData(db);
  admin = await db.user.findUniqueOrThrow({ where: { email: "admin@herning.demo" }, select: { id: true, municipalityId: true } });
  otherAdmin = await db.user.findUniqueOrThrow({ where: { email: "admin@holbaek.demo" }, select: { id: true, municipalityId: true } });
});
afterAll(() => db.$disconnect());

const stepId = async (municipalityId: string, key: string) =>
  (await db.catalogueStep.findUniqueOrThrow({ where: { municipalityId_key: { municipalityId, key } } })).id;
const textOf = async (municipalityId: string, key: string, language: "da" | "en" | "de") =>
  db.catalogueStepText.findFirstOrThrow({ where: { language, step: { municipalityId, key } } });

describe("the review of shipped translations", () => {
  it("marks a language's texts reviewed, audited; the caseworker's hint then leaves that language", async () => {
    const { languagesNotFullyReviewed, markTranslationsReviewed } = await import("@/lib/catalogue/review-translations");
    const user = await db.user.findUniqueOrThrow({ where: { id: otherAdmin.id }, select: { id: true, municipalityId: true, role: true } });
    await db.municipality.update({ where: { id: user.municipalityId }, data: { packetLanguages: [...PACKET_LANGUAGES] } });
    expect(await languagesNotFullyReviewed(db, user.municipalityId)).toEqual(new Set(["uk", "ar", "pl", "ro"]));
    const { reviewed } = await markTranslationsReviewed(db, { user, language: "pl" });
    expect(reviewed).toBe(STEP_KEYS.length);
    expect(await languagesNotFullyReviewed(db, user.municipalityId)).toEqual(new Set(["uk", "ar", "ro"]));
    const steps = await listCatalogueForAdmin(db, { municipalityId: user.municipalityId, language: "en" });
    expect(steps.every((step) => step.texts.find((text) => text.language === "pl")?.status === "current")).toBe(true);
    expect(
      await db.auditEvent.count({ where: { action: "catalogue.review", actorUserId: user.id, metadata: { path: ["texts"], equals: STEP_KEYS.length } } }),
    ).toBe(1);
    // The master is the municipality's own: there is nothing to mark.
    expect((await markTranslationsReviewed(db, { user, language: "da" })).reviewed).toBe(0);
  });
});

describe("the step catalogue", () => {
  it("is seeded with every step in every packet language, the newer languages' texts not yet reviewed, with the municipality's own offices", async () => {
    const steps = await listCatalogueForAdmin(db, { municipalityId: admin.municipalityId, language: "en" });
    expect(steps.map((step) => step.key)).toEqual([...STEP_KEYS]);
    for (const step of steps) {
      expect(Object.fromEntries(step.texts.map((text) => [text.language, text.status]))).toEqual({
        da: "current",
        en: "current",
        de: "current",
        uk: "unreviewed",
        ar: "unreviewed",
        pl: "unreviewed",
        ro: "unreviewed",
      });
    }
    // A step done at an office has the office as its place (its address and hours come from there, not the text).
    const placeOf = async (municipalityId: string) =>
      (await db.catalogueStep.findFirstOrThrow({ where: { municipalityId, key: "cpr-registration" }, select: { place: { select: { name: true } } } })).place
        ?.name;
    expect(await placeOf(admin.municipalityId)).toBe("Borgerservice Herning");
    expect(await placeOf(otherAdmin.municipalityId)).toBe("Borgerservice Holbæk");
    expect((await textOf(admin.municipalityId, "cpr-registration", "en")).whereName).toBeNull();
    // A step at no office names its place in its text.
    expect((await textOf(admin.municipalityId, "nemkonto", "en")).whereName).toBe("Your bank");
  });

  it("uses an edited text in the next packet and flags translations older than the changed Danish master", async () => {
    const id = await stepId(admin.municipalityId, "library");
    const english = await textOf(admin.municipalityId, "library", "en");
    // The edits' own clock, after the seed's texts were written: the English edit, then the Danish one.
    const englishEditAt = new Date(Date.now() + 60_000);
    const danishEditAt = new Date(englishEditAt.getTime() + 1);
    const { catalogueRevision } = await updateStepText(db, {
      user: admin,
      stepId: id,
      language: "en",
      text: { ...english, title: "Visit Herning's libraries", checkedOn: "2026-11-20" },
      now: englishEditAt,
    });
    expect(catalogueRevision).toBe(2);
    const arrival = await db.arrival.findFirstOrThrow({ where: { municipalityId: admin.municipalityId } });
    const packet = await buildCurrentPacket(db, { municipalityId: admin.municipalityId, arrivalId: arrival.id, language: "en" });
    expect(packet?.sections.flatMap((s) => s.steps).map((s) => s.title)).toContain("Visit Herning's libraries");
    // The footer tells the newcomer how current the information is: the day of this edit.
    expect(packet?.footerStamp).toBe(`Information updated ${new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(englishEditAt)}`);

    const danish = await textOf(admin.municipalityId, "library", "da");
    await updateStepText(db, {
      user: admin,
      stepId: id,
      language: "da",
      text: { ...danish, body: `${danish.body} Nyt.`, checkedOn: "2026-11-21" },
      now: danishEditAt,
    });
    const library = (await listCatalogueForAdmin(db, { municipalityId: admin.municipalityId, language: "en" })).find((step) => step.key === "library");
    // Every translation of the changed master is out of date, the shipped ones of the newer languages too.
    expect(Object.fromEntries(library!.texts.map((text) => [text.language, text.status]))).toEqual({
      da: "current",
      ...Object.fromEntries(PACKET_LANGUAGES.filter((language) => language !== "da").map((language) => [language, "outdated"])),
    });
    expect(await db.auditEvent.count({ where: { action: "catalogue.update", actorUserId: admin.id } })).toBe(2);
  });

  it("refuses to edit another municipality's step", async () => {
    const id = await stepId(admin.municipalityId, "associations");
    const text = await textOf(admin.municipalityId, "associations", "en");
    await expect(
      updateStepText(db, { user: otherAdmin, stepId: id, language: "en", text: { ...text, title: "Hijacked", checkedOn: "2026-11-20" } }),
    ).rejects.toThrow("NOT_FOUND");
    expect((await textOf(admin.municipalityId, "associations", "en")).title).not.toBe("Hijacked");
  });

  it("keeps the paragraphs of a text typed in a browser (\\r\\n line ends) apart in the PDF and on the web page", async () => {
    const id = await stepId(admin.municipalityId, "nemkonto");
    const english = await textOf(admin.municipalityId, "nemkonto", "en");
    const first = "Open a NemKonto with a Danish bank.";
    const second = "Bring your passport and your CPR number.";
    // As the editor's textarea posts it: every line end is CR LF.
    const posted = ZStepTextSchema.parse({
      title: english.title,
      body: `${first}\r\n\r\n${second}\r\n`,
      whereName: "",
      whereAddress: "",
      whereHours: "",
      wherePhone: "",
      whereUrl: "",
      sourceUrl: "",
      checkedOn: "2026-11-22",
    });
    expect(posted.body).toBe(`${first}\n\n${second}`);
    await updateStepText(db, { user: admin, stepId: id, language: "en", text: posted });

    const arrival = await db.arrival.findFirstOrThrow({ where: { municipalityId: admin.municipalityId, givenName: "Jonas" } });
    const paragraphsShown = async () => {
      const packet = (await buildCurrentPacket(db, { municipalityId: admin.municipalityId, arrivalId: arrival.id, language: "en" }))!;
      expect(packet.sections.flatMap((section) => section.steps).find((step) => step.key === "nemkonto")?.paragraphs).toEqual([first, second]);
      expect(renderToStaticMarkup(createElement(PacketView, { packet }))).toContain(`<p>${first}</p><p>${second}</p>`);
      const pdf = await readPdfStructure(new Uint8Array(await renderPacketPdf(packet)));
      const paragraphs = pdf.elements.filter((element) => element.role === "P").map((element) => element.text);
      expect(paragraphs).toContain(first);
      expect(paragraphs).toContain(second);
    };
    await paragraphsShown();

    // A text stored with CR LF before this was mended reads the same.
    await db.catalogueStepText.update({ where: { stepId_language: { stepId: id, language: "en" } }, data: { body: `${first}\r\n\r\n${second}` } });
    await paragraphsShown();
  });
});
