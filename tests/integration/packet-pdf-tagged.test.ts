import { parse } from "node-html-parser";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PacketView } from "@/components/packet/PacketView";
import { PACKET_LANGUAGES } from "@/lib/i18n/languages";
import type { TPacket } from "@/lib/packet/packet-model";
import { renderPacketPdf } from "@/lib/packet/render-packet-pdf";
import { samplePacket } from "@/lib/packet/sample-packet";
import { scriptOf } from "@/lib/text/script-language";
import { BENCH_HOUSEHOLDS } from "../../scripts/bench/bench-packet-households";
import { collapse, poppler, readPdfStructure, spanLanguages, type TContentElement, unmarkedPaintingOperators } from "../support/pdf-structure";

/** [path, text] of every structure element that owns content, in the order the packet model gives. */
function expectedContent(packet: TPacket): [string, string][] {
  const { municipality, recipient, link } = packet;
  const letter = "Document/Sect";
  const packetPart = "Document/Sect";
  const section = `${packetPart}/Sect`;
  const step = `${section}/Div`;
  const table = `${section}/Table`;
  return [
    ...[municipality.letterName, `${municipality.addressLine}, ${municipality.postalCode} ${municipality.city}`]
      .concat([municipality.phone, municipality.email, municipality.website].filter((line): line is string => Boolean(line)))
      .map((line): [string, string] => [`${letter}/Div/P`, line]),
    ...[recipient.name, recipient.addressLine, `${recipient.postalCode} ${recipient.city}`, packet.dateLabel].map((line): [string, string] => [
      `${letter}/Div/P`,
      line,
    ]),
    [`${letter}/H1`, packet.letterHeading],
    [`${letter}/P`, packet.greeting],
    [`${letter}/P`, packet.welcome],
    [`${letter}/H2`, packet.coversHeading],
    ...packet.covers.flatMap((line): [string, string][] => [
      [`${letter}/L/LI/Lbl`, "•"],
      [`${letter}/L/LI/LBody`, line],
    ]),
    ...(link.url ? [[`${letter}/Div/Figure`, ""] as [string, string]] : []),
    [`${letter}/Div/H2`, link.heading],
    [`${letter}/Div/P`, link.url ? link.text : link.noLinkText],
    // A link by its accessible name (its Alt and its annotation's Contents).
    ...(link.url ? [[`${letter}/Div/P/Link`, `${link.heading}: ${link.url}`] as [string, string]] : []),
    [`${letter}/P`, packet.regards],
    ...[municipality.signatoryName, municipality.signatoryTitle, municipality.letterName]
      .filter((line): line is string => Boolean(line))
      .map((line): [string, string] => [`${letter}/Div/P`, line]),
    [`${packetPart}/H1`, packet.stepsHeading],
    ...packet.sections.flatMap((packetSection): [string, string][] => [
      [`${section}/H2`, packetSection.heading],
      ...packetSection.steps.flatMap((packetStep): [string, string][] => {
        const { where } = packetStep;
        const whereLines = [
          where.whereName,
          where.whereNote,
          where.whereAddress,
          where.whereHours,
          where.wherePhone,
          where.whereEmail,
          where.whereUrl?.replace(/^https:\/\//, ""),
        ].filter(Boolean);
        return [
          [`${step}/H3`, packetStep.title],
          // A deadline right under the title; "no deadline" at the end.
          ...(packetStep.deadline ? [[`${step}/P`, packetStep.deadlineLabel] as [string, string]] : []),
          ...packetStep.paragraphs.map((paragraph): [string, string] => [`${step}/P`, paragraph]),
          ...(whereLines.length > 0 ? [[`${step}/P`, [packet.labels.where, ...whereLines].join(" ")] as [string, string]] : []),
          ...packetStep.notes.map((note): [string, string] => [`${step}/P`, note]),
          ...(packetStep.deadline ? [] : [[`${step}/P`, packetStep.deadlineLabel] as [string, string]]),
          ...(packetStep.sourceUrl ? [[`${step}/P/Link`, `${packet.labels.readMore}: ${packetStep.title}`] as [string, string]] : []),
        ];
      }),
    ]),
    [`${section}/H2`, packet.contacts.heading],
    ...Object.values(packet.contacts.columns).map((column): [string, string] => [`${table}/THead/TR/TH`, column]),
    ...packet.contacts.offices.flatMap((office): [string, string][] => [
      [`${table}/TBody/TR/TH`, office.name],
      [`${table}/TBody/TR/TD`, office.address],
      [`${table}/TBody/TR/TD`, [office.phone, office.email].filter(Boolean).join(" ") || "–"],
      [`${table}/TBody/TR/TD`, office.hours ?? "–"],
    ]),
  ];
}

/** The steps of the packet's web page (its twin), each as the texts a screen reader reads in order. */
function webSteps(html: string): string[][] {
  return parse(html.replace(/<br\s*\/?>/g, " "))
    .querySelectorAll("li[id^=step-]")
    .map((item) => item.querySelectorAll("h4, p").map((block) => collapse(block.text)));
}

/**
 * What a screen reader reads for an element: a link's accessible name; an element's actual text
 * where it has one (a right-to-left packet's text, ISO 32000-1 §14.9.4); else its content's text.
 */
function readAloud(element: TContentElement): string {
  if (element.role === "Link") return element.alt ?? "";
  return element.role !== "Figure" && element.alt ? element.alt : element.text;
}

/**
 * A text's letters and digits in order. The glyphs of a right-to-left line are drawn in reading
 * order, but pdf.js cannot tell the space where the direction changes, nor where a bracket next
 * to the change belongs; the actual text says both.
 */
const letters = (text: string) => text.replace(/[\s\p{P}]+/gu, "");

/** The same steps from the PDF's structure tree: heading, paragraphs, and the link's accessible name. */
function pdfSteps(elements: TContentElement[]): string[][] {
  const steps: string[][] = [];
  for (const element of elements) {
    if (!element.path.startsWith("Document/Sect/Sect/Div/")) continue;
    if (element.role === "H3") steps.push([]);
    steps[steps.length - 1]!.push(readAloud(element));
  }
  return steps;
}

const households = BENCH_HOUSEHOLDS.flatMap((household) => PACKET_LANGUAGES.map((language) => ({ ...household, language })));

describe("the welcome packet is a tagged PDF/UA document", () => {
  for (const household of households) {
    it(`${household.person.join(" ")}, ${household.language}: structure, reading order and text match the packet and its web page`, async () => {
      const packet = samplePacket(household);
      const bytes = new Uint8Array(await renderPacketPdf(packet));

      // poppler: the document says it is tagged, PDF 1.7 with the PDF/UA identifier and its title in the XMP.
      const info = poppler("pdfinfo", bytes);
      expect(info, "Tagged: no means the @react-pdf/render patch is not applied (npm install runs patch-package)").toMatch(/^Tagged:\s+yes$/m);
      expect(info).toMatch(/^PDF version:\s+1\.7$/m);
      const xmp = poppler("pdfinfo", bytes, ["-meta"]);
      expect(xmp).toContain("<pdfuaid:part>1</pdfuaid:part>");
      expect(xmp).toContain(`<rdf:li xml:lang="x-default">${packet.documentTitle}</rdf:li>`);
      // Every font embedded, with a ToUnicode map: each character can be extracted.
      const fonts = poppler("pdffonts", bytes).trim().split("\n").slice(2);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(font, font).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);

      // Everything drawn is either tagged content or an artifact.
      expect(unmarkedPaintingOperators(bytes)).toEqual([]);

      // pdf.js: marked, the document's language, the title in the title bar, a tree on every page.
      const pdf = await readPdfStructure(bytes);
      expect(pdf.markInfo?.Marked).toBe(true);
      expect(pdf.language).toBe(packet.language);
      expect(pdf.displaysTitle).toBe(true);
      for (const root of pdf.pageRoots) expect(root?.children?.map((child) => child.role)).toEqual(["Document"]);

      // Roles, nesting and text in structure order, across all pages, as the packet model gives them.
      const expected = expectedContent(packet).map(([path, text]) => [path, collapse(text)]);
      expect(pdf.elements.map((element) => [element.path, readAloud(element)])).toEqual(expected);
      // The glyphs themselves are in reading order too, right to left included: not reversed, not
      // in the order they stand on the line (only pdf.js's spaces at a change of direction may differ).
      const isRightToLeft = packet.language === "ar";
      const drawn = pdf.elements.map((element) => [element.path, element.role === "Link" ? element.alt : isRightToLeft ? letters(element.text) : element.text]);
      expect(drawn).toEqual(expected.map(([path, text]) => [path, isRightToLeft && !path?.endsWith("/Link") ? letters(text!) : text]));
      if (isRightToLeft) expect(pdf.elements.filter((element) => /\p{Script=Arabic}/u.test(element.text)).length).toBeGreaterThan(50);
      // On paper a link shows where it goes.
      const stepLinks = packet.sections.flatMap((section) => section.steps.flatMap((step) => (step.sourceUrl ? [step.sourceUrl] : [])));
      const shown = (text: string) => (isRightToLeft ? letters(text) : text);
      expect(pdf.elements.filter((element) => element.path.endsWith("/Div/P/Link") && element.page > 1).map((element) => shown(element.text))).toEqual(
        stepLinks.map((url) => shown(`${packet.labels.readMore}: ${url.replace(/^https:\/\//, "")}`)),
      );
      // The letter is page one; the packet begins on page two.
      expect(pdf.elements.filter((element) => element.page === 1).at(-1)?.text).toBe(packet.municipality.letterName);
      expect(readAloud(pdf.elements.find((element) => element.role === "H1" && element.page === 2)!)).toBe(packet.stepsHeading);

      // Step by step, the PDF reads as its web page does.
      const webPage = renderToStaticMarkup(createElement(PacketView, { packet }));
      const stepCount = packet.sections.reduce((count, section) => count + section.steps.length, 0);
      expect(webSteps(webPage)).toHaveLength(stepCount);
      expect(pdfSteps(pdf.elements)).toEqual(webSteps(webPage));

      // The QR code says what it opens; every link annotation is in the tree and described.
      expect(pdf.elements.find((element) => element.role === "Figure")?.alt).toBe(packet.link.qrAlt);
      expect(packet.link.qrAlt).toContain(packet.link.url);
      expect(pdf.links.length).toBeGreaterThan(0);
      for (const link of pdf.links) {
        expect(link.hasStructParent).toBe(true);
        expect(link.contents).not.toBe("");
      }
      const structure = poppler("pdfinfo", bytes, ["-struct"]);
      expect(structure.match(/\/Scope \/Column/g)).toHaveLength(4);
      // The figure and the table have their bounding boxes: the QR code is 84 pt square, the table spans the text width.
      const boxOf = (role: string) =>
        /\/BBox \[([\d. ]+)\]/
          .exec(structure.slice(structure.indexOf(`${role}`)))![1]!
          .split(" ")
          .map(Number);
      const [qrLeft, qrBottom, qrRight, qrTop] = boxOf("Figure:");
      expect(qrRight! - qrLeft!).toBeCloseTo(84, 1);
      expect(qrTop! - qrBottom!).toBeCloseTo(84, 1);
      const [tableLeft, , tableRight] = boxOf("Table (block):");
      expect(tableLeft).toBeCloseTo(56, 1);
      expect(tableRight).toBeCloseTo(595.28 - 56, 1);

      // Names in another script are spans in their own language; the rest is in the document's.
      expect(pdf.spans.map((text) => packet.nameLanguages[scriptOf(text) ?? ""]).sort()).toEqual(spanLanguages(bytes).sort());
      // The web page marks the same names with the same languages.
      const webLanguages = parse(webPage)
        .querySelectorAll("span[lang]")
        .map((span) => span.getAttribute("lang"));
      expect(new Set(webLanguages)).toEqual(new Set(spanLanguages(bytes)));
      // A name in another script than the packet's is read in its own language.
      const otherScriptNames = [household.person.join(" ")].filter((name) => packet.nameLanguages[scriptOf(name) ?? ""] !== undefined);
      if (otherScriptNames.length > 0) expect(pdf.spans).toEqual(expect.arrayContaining(otherScriptNames));
    });
  }

  it("finds untagged drawing where there is some: the check above is not empty-handed", async () => {
    const bytes = new Uint8Array(await renderPacketPdf(samplePacket(BENCH_HOUSEHOLDS[0]!), null, { untagged: true }));
    expect(poppler("pdfinfo", bytes)).toMatch(/^Tagged:\s+no$/m);
    expect(unmarkedPaintingOperators(bytes).length).toBeGreaterThan(100);
  });

  it("reads an Arabic and a Cyrillic name in a German letter each in its own language", async () => {
    const packet = samplePacket({
      language: "de",
      person: ["ليلى", "حداد"],
      nationality: "SY",
      household: { spouse: { givenName: "Олег", familyName: "Петренко", seekingWork: true } },
    });
    expect(packet.nameLanguages).toEqual({ Arab: "ar", Cyrl: "ru" });
    const bytes = new Uint8Array(await renderPacketPdf(packet));
    const pdf = await readPdfStructure(bytes);
    const languages = spanLanguages(bytes);
    expect(new Set(languages)).toEqual(new Set(["ar", "ru"]));
    expect(pdf.spans.length).toBe(languages.length);
    expect(pdf.language).toBe("de");
    // pdf.js gives the Arabic span's text with its bidi marks; the letters are what count.
    expect(pdf.spans.map((text) => text.replace(/[\u200e\u200f\u202a-\u202e]/g, ""))).toEqual(expect.arrayContaining(["Олег Петренко"]));
    expect(pdf.spans.some((text) => scriptOf(text) === "Arab")).toBe(true);
  });

  it("sets a line break typed into a catalogue text as a space, so no font goes unembedded", async () => {
    const packet = samplePacket({ language: "en", person: ["Ana", "Silva"], household: {} });
    const firstStep = packet.sections[0]!.steps[0]!;
    firstStep.paragraphs[0] = "First line\nsecond line";
    firstStep.where.whereAddress = "Torvet 5\n7400 Herning";
    const bytes = new Uint8Array(await renderPacketPdf(packet));
    for (const font of poppler("pdffonts", bytes).trim().split("\n").slice(2)) expect(font, font).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);
    const pdf = await readPdfStructure(bytes);
    expect(pdf.elements.map((element) => element.text)).toContain("First line second line");
  });
});
