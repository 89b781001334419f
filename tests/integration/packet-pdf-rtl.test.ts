import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderPacketPdf } from "@/lib/packet/render-packet-pdf";
import { samplePacket } from "@/lib/packet/sample-packet";
import { differenceFromReference, renderPageImage } from "../support/page-image";
import { collapse, poppler, readPdfStructure, spanLanguages, textOperatorCounts } from "../support/pdf-structure";

const REFERENCES = path.join(__dirname, "../fixtures/pdf");
// Some twenty pixels of a page: poppler draws the same PDF the same way, and a changed word, a
// letter shaped or a mark placed otherwise, or a mirrored row changes hundreds.
const MAX_DIFFERENCE = 0.0001;

/** A Ukrainian family with an Arabic packet: names in Latin and Cyrillic letters inside Arabic sentences. */
const arabicPacket = () =>
  samplePacket({
    language: "ar",
    person: ["Dmytro", "Kovalchuk"],
    nationality: "UA",
    household: {
      residenceBasis: "REFUGEE",
      spouse: { id: "s", givenName: "Олена", familyName: "Ковальчук", seekingWork: true },
      children: [{ id: "c", givenName: "Sofia", familyName: "Kovalchuk", dateOfBirth: "2019-03-02" }],
    },
  });

describe("an Arabic packet", () => {
  it("is right to left throughout and looks as its reference: joined letters, marks in place, tick boxes and bars on the right", async () => {
    const bytes = new Uint8Array(await renderPacketPdf(arabicPacket()));
    for (const page of [1, 2]) {
      const difference = differenceFromReference(renderPageImage(bytes, page), path.join(REFERENCES, `arabic-packet-page-${page}.png`));
      expect(difference, `page ${page} differs from tests/fixtures/pdf/arabic-packet-page-${page}.png`).toBeLessThan(MAX_DIFFERENCE);
    }
  });

  it("tells a changed page from its reference: the comparison is not blind", async () => {
    const packet = arabicPacket();
    packet.sections[0]!.steps[0]!.title = "خطوة أخرى";
    const bytes = new Uint8Array(await renderPacketPdf(packet));
    expect(differenceFromReference(renderPageImage(bytes, 2), path.join(REFERENCES, "arabic-packet-page-2.png"))).toBeGreaterThan(MAX_DIFFERENCE);
  });

  it("places its marks (dots, vowel signs) inside their words' text: raised and shifted in the text array, not with a text matrix each", async () => {
    const counts = textOperatorCounts(new Uint8Array(await renderPacketPdf(arabicPacket())));
    // One text matrix per text object; the marks' heights are text rises.
    expect(counts.Tm).toBe(counts.BT);
    expect(counts.Ts).toBeGreaterThan(counts.BT);
  });

  it("reads in the order written, Latin and Cyrillic names in their own languages, every font embedded with its characters", async () => {
    const packet = arabicPacket();
    const bytes = new Uint8Array(await renderPacketPdf(packet));
    const pdf = await readPdfStructure(bytes);
    expect(pdf.language).toBe("ar");
    const fonts = poppler("pdffonts", bytes).trim().split("\n").slice(2);
    expect(fonts.some((font) => font.includes("NotoSansArabic"))).toBe(true);
    for (const font of fonts) expect(font, font).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);

    // The greeting with a Latin and a Cyrillic name, and a step with a Danish name in brackets, as a screen reader reads them.
    const greeting = pdf.elements.find((element) => element.path === "Document/Sect/P");
    expect(greeting?.alt).toBe(packet.greeting);
    expect(packet.greeting).toBe("مرحبًا Dmytro Kovalchuk و Олена Ковальчук،");
    const cpr = packet.sections[0]!.steps[0]!;
    const cprText = pdf.elements.find((element) => element.alt === cpr.paragraphs[0]);
    expect(cprText?.alt).toContain("في خدمة المواطنين (Borgerservice) خلال 5 أيام");
    // pdf.js reads the glyphs themselves in that order too: words not reversed, letters that share
    // a glyph told apart (ب ن ت ي), only the spaces where the direction changes unknown to it.
    expect(cprText?.text.split(" ")).toEqual(expect.arrayContaining(["يقيم", "الدنمارك", "ثلاثة", "يسجّل", "انتقاله", "السكن.", "أحضروا"]));
    expect(collapse(cprText!.text).replace(/\s+/g, "")).toBe(collapse(cpr.paragraphs[0]!).replace(/\s+/g, ""));

    // Names in another script are spans with their own language: Latin names Ukrainian in Latin letters, the Cyrillic one Ukrainian.
    expect(packet.nameLanguages).toMatchObject({ Cyrl: "uk" });
    expect(pdf.spans).toEqual(expect.arrayContaining(["Олена Ковальчук", "Dmytro Kovalchuk"]));
    expect(new Set(spanLanguages(bytes))).toEqual(new Set(Object.values(packet.nameLanguages)));
  });
});
