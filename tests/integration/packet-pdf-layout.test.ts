import { getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { renderPacketPdf } from "@/lib/packet/render-packet-pdf";
import { styles } from "@/lib/pdf/styles";
import { benchPackets } from "../../scripts/bench/bench-packet-households";

const A4_WIDTH = 595.28;
const A4_HEIGHT = 841.89;
const MARGIN_X = styles.page.paddingHorizontal as number;
// Glyph advance widths round; a fraction of a point is not a crossing.
const TOLERANCE = 0.5;

type TBox = { what: string; page: number; left: number; right: number; bottom: number; top: number };

/** Every text run and every link area of the PDF, in page coordinates, as a PDF reader lays them out. */
async function laidOutBoxes(pdf: Buffer): Promise<TBox[]> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const boxes: TBox[] = [];
  for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
    const page = await document.getPage(pageNumber);
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!("str" in item) || item.str.trim() === "") continue;
      const [, , , , x, y] = item.transform as number[];
      boxes.push({ what: `text "${item.str}"`, page: pageNumber, left: x!, right: x! + item.width, bottom: y!, top: y! + item.height });
    }
    for (const annotation of await page.getAnnotations()) {
      const [left, bottom, right, top] = annotation.rect as number[];
      boxes.push({ what: `link ${annotation.url ?? annotation.subtype}`, page: pageNumber, left: left!, right: right!, bottom: bottom!, top: top! });
    }
  }
  return boxes;
}

const crossings = (boxes: TBox[]) =>
  boxes
    .filter((box) => box.left < MARGIN_X - TOLERANCE || box.right > A4_WIDTH - MARGIN_X + TOLERANCE || box.bottom < 0 || box.top > A4_HEIGHT)
    .map((box) => `page ${box.page}: ${box.what} spans x ${box.left.toFixed(1)}–${box.right.toFixed(1)}`);

describe("the packet PDF's layout", () => {
  it("keeps every text and link of the benchmark households inside the page margins", { timeout: 60_000 }, async () => {
    for (const packet of benchPackets()) {
      const boxes = await laidOutBoxes(await renderPacketPdf(packet));
      expect(boxes.length).toBeGreaterThan(100);
      expect(crossings(boxes), packet.recipient.name).toEqual([]);
    }
  });

  it("keeps a long personal link inside the margins too", { timeout: 60_000 }, async () => {
    const [family] = benchPackets().filter((packet) => packet.covers.length === 5);
    const url = `https://velkomst-og-integration.eksempel-kommune.dk/de/welcome/${"x".repeat(43)}`;
    const boxes = await laidOutBoxes(await renderPacketPdf({ ...family!, link: { ...family!.link, url } }));
    expect(boxes.some((box) => box.what === `link ${url}`)).toBe(true);
    expect(crossings(boxes)).toEqual([]);
  });

  it("the check sees a crossing when there is one", () => {
    expect(crossings([{ what: "text", page: 1, left: 56, right: 560, bottom: 100, top: 110 }])).toHaveLength(1);
  });
});
