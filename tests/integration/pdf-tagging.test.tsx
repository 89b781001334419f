import { Document, Link, Page, renderToBuffer, Text, View } from "@react-pdf/renderer";
import type { ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { registerPdfFonts } from "@/lib/pdf/fonts";
import { pdfArtifact, pdfTag, pdfUaDocument } from "@/lib/pdf/pdf-tagging";
import { poppler, readPdfStructure, unmarkedPaintingOperators } from "../support/pdf-structure";

// The tagging module on its own, on small documents: what the welcome packet does not exercise.

async function render(children: ReactElement | ReactElement[]) {
  registerPdfFonts();
  const document = (
    <Document {...pdfUaDocument()} title="Tagging" language="en">
      <Page size="A6" style={{ fontFamily: "NotoSans", fontSize: 10, padding: 24 }}>
        {children}
      </Page>
    </Document>
  );
  return new Uint8Array(await renderToBuffer(document));
}

/** The roles of the whole document's structure tree, in order, as poppler lists them. */
const rolesOf = (bytes: Uint8Array) =>
  poppler("pdfinfo", bytes, ["-struct"])
    .split("\n")
    .map((line) => /^\s*([A-Z][A-Za-z0-9]*)\b/.exec(line)?.[1])
    .filter((role): role is string => Boolean(role) && role !== "Object");

describe("the PDF tagging module", () => {
  it("keeps a paragraph that react-pdf splits over two pages one P, with content on both pages", async () => {
    const long = Array.from({ length: 60 }, (_, index) => `Sentence ${index + 1} of a long paragraph.`).join(" ");
    const bytes = await render([
      <Text key="h" {...pdfTag("H1")}>
        Heading
      </Text>,
      <Text key="p" {...pdfTag("P")}>
        {long}
      </Text>,
    ]);
    const pdf = await readPdfStructure(bytes);
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expect(rolesOf(bytes)).toEqual(["Document", "H1", "P"]);
    const paragraphParts = pdf.elements.filter((element) => element.role === "P");
    expect(paragraphParts.map((part) => part.page)).toEqual(Array.from({ length: pdf.pages }, (_, index) => index + 1));
    expect(paragraphParts.map((part) => part.text).join(" ")).toBe(long);
  });

  it("leaves artifacts out of the tree and puts untagged content in one, so nothing drawn is unmarked", async () => {
    const bytes = await render([
      <View key="a" style={{ borderWidth: 1, backgroundColor: "#eeeeee" }} {...pdfArtifact("Pagination")}>
        <Text {...pdfTag("P")}>Page 1 of 1</Text>
      </View>,
      <Text key="u">Untagged words</Text>,
      <View key="d" style={{ borderWidth: 1 }} {...pdfTag("Div")}>
        <Text>Words of the Div</Text>
      </View>,
    ]);
    const pdf = await readPdfStructure(bytes);
    expect(pdf.elements.map((element) => [element.path, element.text])).toEqual([
      ["Document/P", "Untagged words"],
      ["Document/Div", "Words of the Div"],
    ]);
    expect(unmarkedPaintingOperators(bytes)).toEqual([]);
  });

  it("puts a link's annotation in its Link element, described by its alt", async () => {
    const bytes = await render(
      <View {...pdfTag("P")}>
        <Link src="https://example.org/" {...pdfTag("Link", { alt: "Example site" })}>
          example.org
        </Link>
      </View>,
    );
    const pdf = await readPdfStructure(bytes);
    expect(pdf.elements).toEqual([expect.objectContaining({ path: "Document/P/Link", text: "example.org", alt: "Example site" })]);
    expect(pdf.links).toEqual([{ url: "https://example.org/", contents: "Example site", hasStructParent: true, page: 1 }]);
  });
});
