import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inflateSync } from "node:zlib";
import { getDocumentProxy } from "unpdf";

/**
 * A PDF's tagged structure as readers we did not write see it: pdf.js (through unpdf) for the
 * structure tree of each page, its marked-content text and link annotations; poppler's `pdfinfo`
 * for the document's flags.
 */

type TStructNode = { role?: string; alt?: string; lang?: string; type?: string; id?: string; children?: TStructNode[] };

/** One structure element that owns content directly, in reading order. */
export type TContentElement = {
  /** The roles from the root down to this element: "Document/Sect/Div/P". */
  path: string;
  role: string;
  /** Its own content's text, whitespace collapsed (nested elements' text not included). */
  text: string;
  alt: string | null;
  page: number;
};

type TTextItem = { str?: string; hasEOL?: boolean; type?: string; id?: string; tag?: string };

/** The text of each marked-content sequence with an MCID on a page, and the texts marked as language spans. */
async function markedContentTexts(page: { getTextContent(options: object): Promise<{ items: unknown[] }> }) {
  const { items } = await page.getTextContent({ includeMarkedContent: true });
  const texts = new Map<string, string>();
  const spans: string[] = [];
  const open: { id: string | null; tag: string | null; text: string }[] = [];
  for (const item of items as TTextItem[]) {
    if (item.type === "beginMarkedContentProps" || item.type === "beginMarkedContent") {
      open.push({ id: item.id ?? null, tag: item.tag ?? null, text: "" });
    } else if (item.type === "endMarkedContent") {
      const closed = open.pop();
      if (closed?.tag === "Span") spans.push(collapse(closed.text));
      if (closed?.id) texts.set(closed.id, (texts.get(closed.id) ?? "") + closed.text);
      // A span's text belongs to the sequence around it too.
      if (closed && open.length > 0) open[open.length - 1]!.text += closed.text;
    } else if (open.length > 0) {
      open[open.length - 1]!.text += `${item.str ?? ""}${item.hasEOL ? " " : ""}`;
    }
  }
  return { texts, spans };
}

/** Whitespace collapsed to single spaces, as text is compared here. */
export const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

export async function readPdfStructure(bytes: Uint8Array) {
  const document = await getDocumentProxy(new Uint8Array(bytes));
  const elements: TContentElement[] = [];
  const pageRoots: (TStructNode | null)[] = [];
  const spans: string[] = [];
  const links: { url: string; contents: string; hasStructParent: boolean; page: number }[] = [];
  for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
    const page = await document.getPage(pageNumber);
    const root = (await page.getStructTree()) as TStructNode | null;
    pageRoots.push(root);
    const marked = await markedContentTexts(page as never);
    spans.push(...marked.spans);
    const walk = (node: TStructNode, ancestors: string[]) => {
      const children = node.children ?? [];
      const path = node.role && node.role !== "Root" ? [...ancestors, node.role] : ancestors;
      const own = children.filter((child) => child.type === "content" || child.type === "object");
      if (node.role && own.length > 0) {
        const text = own.map((child) => (child.type === "content" ? (marked.texts.get(child.id ?? "") ?? "") : "")).join(" ");
        elements.push({ path: path.join("/"), role: node.role, text: collapse(text), alt: node.alt ?? null, page: pageNumber });
      }
      for (const child of children) if (child.role) walk(child, path);
    };
    if (root) walk(root, []);
    for (const annotation of (await page.getAnnotations()) as { subtype: string; url?: string; contentsObj?: { str: string }; structParent?: number }[]) {
      if (annotation.subtype !== "Link") continue;
      links.push({
        url: annotation.url ?? "",
        contents: annotation.contentsObj?.str ?? "",
        hasStructParent: (annotation.structParent ?? -1) >= 0,
        page: pageNumber,
      });
    }
  }
  const { info } = await document.getMetadata();
  const viewerPreferences = (await (document as unknown as { getViewerPreferences(): Promise<Record<string, unknown> | null> }).getViewerPreferences()) ?? {};
  return {
    pages: document.numPages,
    pageRoots,
    elements,
    spans,
    links,
    markInfo: await document.getMarkInfo(),
    language: (info as { Language?: string }).Language ?? null,
    displaysTitle: viewerPreferences.DisplayDocTitle === true,
  };
}

/** Runs a poppler tool on the PDF and returns what it prints. */
export function poppler(tool: "pdfinfo" | "pdffonts", bytes: Uint8Array, args: string[] = []): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), "ankomst-pdf-"));
  const file = path.join(directory, "packet.pdf");
  try {
    writeFileSync(file, bytes);
    return execFileSync(tool, [...args, file], { encoding: "utf8" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new Error(`${tool} is missing: install poppler-utils (apt-get install poppler-utils)`);
    throw error;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** The deflated content streams of the PDF's pages, inflated, in the order the pages name them. */
function pageContentStreams(bytes: Uint8Array): string[] {
  const pdf = Buffer.from(bytes).toString("latin1");
  return [...pdf.matchAll(/\/Contents (\d+) 0 R/g)].map(([, id]) => {
    const object = new RegExp(`\\n${id} 0 obj\\n<<[\\s\\S]*?/Length (\\d+)[\\s\\S]*?>>\\nstream\\n`).exec(pdf);
    if (!object) throw new Error(`content stream ${id} not found`);
    const start = object.index + object[0].length;
    return inflateSync(Buffer.from(pdf.slice(start, start + Number(object[1])), "latin1")).toString("latin1");
  });
}

/** The operator of one line of a content stream: pdfkit writes one operator per line, after its operands. */
const operatorOf = (line: string) => line.trim().split(/\s+/).at(-1) ?? "";

/** Operators that paint: text showing, path painting, images and shadings. */
const PAINTING = new Set(["TJ", "Tj", "'", '"', "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "Do", "sh"]);

/**
 * Painting operators outside every marked-content sequence (neither tagged content nor an
 * artifact: PDF/UA, Matterhorn 01-005). pdfkit writes one operator per line.
 */
export function unmarkedPaintingOperators(bytes: Uint8Array): string[] {
  const found: string[] = [];
  for (const content of pageContentStreams(bytes)) {
    let depth = 0;
    for (const line of content.split("\n")) {
      const operator = operatorOf(line);
      if (operator === "BDC" || operator === "BMC") depth += 1;
      else if (operator === "EMC") depth -= 1;
      else if (depth === 0 && PAINTING.has(operator)) found.push(line.slice(0, 80));
    }
  }
  return found;
}

/**
 * The `/Lang` of every marked-content span in the pages' content streams, in page order. pdf.js
 * reports spans but not their properties, so this reads the streams themselves.
 */
export function spanLanguages(bytes: Uint8Array): string[] {
  return pageContentStreams(bytes).flatMap((content) => [...content.matchAll(/\/Span <<\s*\/Lang \(([^)]*)\)\s*>> BDC/g)].map((match) => match[1]!));
}

/** How often each text operator occurs in the pages' content streams. */
export function textOperatorCounts(bytes: Uint8Array): Record<"BT" | "Tm" | "Ts" | "TJ", number> {
  const counts = { BT: 0, Tm: 0, Ts: 0, TJ: 0 };
  for (const content of pageContentStreams(bytes)) {
    for (const line of content.split("\n")) {
      const operator = operatorOf(line);
      if (Object.hasOwn(counts, operator)) counts[operator as keyof typeof counts] += 1;
    }
  }
  return counts;
}
