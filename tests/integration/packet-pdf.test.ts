import { extractText, getDocumentProxy, getMeta } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TArrivalFormInput } from "@/lib/arrivals/schemas";
import type { TPacketLanguage } from "@/lib/i18n/languages";
import { buildPacket } from "@/lib/packet/build-packet";
import { loadPacketInput } from "@/lib/packet/load-packet-input";
import { renderPacketPdf } from "@/lib/packet/render-packet-pdf";
import { seedDemoData } from "../../scripts/seeds/seed-demo-data";
import { createTestArrival, ZArrivalFormOnTestDay } from "../support/arrival-form";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
let caseworker: { id: string; municipalityId: string };

const BASE: TArrivalFormInput = {
  givenName: "Søren",
  familyName: "Müller-Łukasiewicz",
  dateOfBirth: "1985-03-02",
  nationality: "PL",
  packetLanguage: "en",
  email: "",
  phone: "",
  arrivalDate: "2026-09-01",
  addressLine: "Bredgade 3",
  postalCode: "7400",
  city: "Herning",
  residenceBasis: "EU_EEA_SWISS",
  employerOrSchool: "Vestas",
  expectedStayMonths: "24",
  cprRegistered: false,
  cprRegisteredOn: "",
  spouse: { givenName: "Ελένη", familyName: "Παπαδοπούλου", dateOfBirth: "", seekingWork: true },
  children: [
    { givenName: "Zoë", familyName: "Müller", dateOfBirth: "2018-03-10" },
    { givenName: "Ágnes", familyName: "Müller", dateOfBirth: "2024-05-01" },
  ],
};

async function register(input: TArrivalFormInput) {
  const result = await createTestArrival(db, {
    user: caseworker,
    form: ZArrivalFormOnTestDay.parse(input),
    creationKey: crypto.randomUUID(),
    isDuplicateConfirmed: true,
  });
  if (result.status === "likely-duplicate") throw new Error("unexpected duplicate");
  return result.arrivalId;
}

async function pdfFor(arrivalId: string, language: TPacketLanguage) {
  const input = await loadPacketInput(db, {
    municipalityId: caseworker.municipalityId,
    arrivalId,
    language,
    linkUrl: "https://ankomst.example/en/welcome/abc",
    generatedAt: new Date("2026-09-02T10:00:00Z"),
  });
  const bytes = new Uint8Array(await renderPacketPdf(buildPacket(input!)));
  const document = await getDocumentProxy(bytes);
  const { text } = await extractText(document, { mergePages: true });
  const { text: pageTexts } = await extractText(document, { mergePages: false });
  const { info } = await getMeta(document);
  const outline = await document.getOutline();
  // Bidi and control characters that text extraction leaves around shaped Arabic are layout, not text.
  return {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
    text: text.replace(/[\u0000-\u0008\u000b-\u001f\u200e\u200f\u202a-\u202e]/g, "").replace(/\s+/g, " "),
    info: info as Record<string, unknown>,
    outline: (outline ?? []).map((item) => item.title),
    pages: document.numPages,
    pageTexts,
  };
}

beforeAll(async () => {
  await seedDemoData(db);
  caseworker = await db.user.findUniqueOrThrow({ where: { email: "caseworker@herning.demo" }, select: { id: true, municipalityId: true } });
});
afterAll(() => db.$disconnect());

describe("the welcome packet PDF", () => {
  it("names the newcomer with diacritics, each child in its own section, and the Jobcenter step for the spouse", async () => {
    const { text, info, outline, pages } = await pdfFor(await register(BASE), "en");
    expect(text).toContain("Søren Müller-Łukasiewicz");
    expect(text).toContain("Ελένη Παπαδοπούλου");
    expect(text).toContain("School for Zoë Müller");
    expect(text).toContain("Daycare for Ágnes Müller");
    expect(text).toContain("Work for Ελένη Παπαδοπούλου");
    expect(text).toContain("Apply for the EU residence document");
    // The letter says what its QR code opens, and the contacts give e-mail as well as phone.
    expect(text).toContain("Scan the QR code with your phone's camera");
    expect(text).toContain("borgerservice@herning.dk");
    expect(text).toMatch(/Page 1 of \d/);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(info.Title).toBe("Welcome to Herning: Søren Müller-Łukasiewicz");
    expect(info.Author).toBe("Herning Kommune");
    expect(outline).toEqual(expect.arrayContaining(["Welcome to Herning", "Your steps", "Contacts"]));
  });

  it("writes a German packet with German headings", async () => {
    const { text, outline } = await pdfFor(await register({ ...BASE, givenName: "Jürgen", packetLanguage: "de" }), "de");
    expect(text).toContain("Willkommen in Herning");
    expect(text).toContain("Ihre ersten Schritte");
    expect(text).toContain("Schule für Zoë Müller");
    expect(text).toContain("Seite 1 von");
    expect(outline).toContain("Kontakte");
  });

  it("gives a family without children no school or daycare section, and a Nordic citizen no EU step", async () => {
    const { text } = await pdfFor(await register({ ...BASE, givenName: "Ingrid", residenceBasis: "NORDIC", nationality: "NO", children: [] }), "en");
    expect(text).not.toContain("School and daycare");
    expect(text).not.toContain("School for");
    expect(text).not.toContain("EU residence document");
    expect(text).toContain("Register for a CPR number");
  });

  it("shows names in Arabic and Chinese script with fallback fonts", async () => {
    const { text } = await pdfFor(await register({ ...BASE, givenName: "ليلى", familyName: "王", spouse: null, children: [] }), "en");
    expect(text).toContain("王");
    expect(text).toContain("ليلى");
  });

  it("numbers every page as page x of y", async () => {
    const { pageTexts, pages } = await pdfFor(await register({ ...BASE, givenName: "Paula" }), "en");
    expect(pages).toBeGreaterThanOrEqual(3);
    for (const [index, pageText] of pageTexts.entries()) expect(pageText.replace(/\s+/g, " ")).toContain(`Page ${index + 1} of ${pages}`);
  });

  it("renders the same text the second time, when the shaped glyphs come from the cache", async () => {
    // No other test here renders Danish: the first packet shapes its catalogue texts anew.
    const arrivalId = await register({ ...BASE, givenName: "Cécile" });
    const first = await pdfFor(arrivalId, "da");
    const second = await pdfFor(arrivalId, "da");
    expect(second.text).toBe(first.text);
    expect(second.pageTexts).toEqual(first.pageTexts);
  });
});
