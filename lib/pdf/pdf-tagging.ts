/**
 * Tagged PDF for react-pdf: builds the PDF's structure tree (ISO 32000-1 §14.7–14.8) while
 * react-pdf draws, from a `pdfTag` prop on its elements. Written to be offered back to react-pdf:
 * it depends on pdfkit's structure API (`struct`, `markContent`, `markStructureContent`,
 * `endMarkedContent`, `addStructure`, and `initMarkings`, which the `tagged` option calls) and on
 * the hooks our patch of `@react-pdf/render` adds (`patches/@react-pdf+render+*.patch`, decision
 * 014). It also wraps `link` on the one pdfkit document it is given, to pass the structure parent.
 *
 * - An element with `{...pdfTag("P")}` becomes a structure element; its drawn content (text,
 *   images, SVG) is marked with an MCID and belongs to it. Untagged elements' content belongs to
 *   the nearest tagged ancestor, so a paragraph's nested texts and a link's text need no tags.
 * - `pdfTag("Artifact")` marks a whole subtree as an artifact (page numbers, footers, a
 *   decorative logo). Backgrounds and borders are always drawn as layout artifacts.
 * - A fragment of an element that react-pdf split across pages shares its props' `pdfTag` object,
 *   so it continues the same structure element on the next page.
 * - Link annotations drawn inside a `Link` element join it (OBJR) with its `alt` as `Contents`.
 * - A text run whose language differs from the document's (`languageOfText`) is drawn as a
 *   `/Span` with its own `/Lang`.
 */

export type TPdfRole =
  | "Document"
  | "Sect"
  | "Div"
  | "H1"
  | "H2"
  | "H3"
  | "P"
  | "L"
  | "LI"
  | "Lbl"
  | "LBody"
  | "Table"
  | "THead"
  | "TBody"
  | "TR"
  | "TH"
  | "TD"
  | "Link"
  | "Figure";

type TStructureTag = {
  role: TPdfRole;
  /** Alternative text: required for a Figure; a Link's annotation says it as its `Contents`. */
  alt?: string;
  lang?: string;
  /** A header cell's scope. */
  scope?: "Column" | "Row" | "Both";
};
type TArtifactTag = { role: "Artifact"; type?: "Pagination" | "Layout" | "Page" | "Background" };
export type TPdfTag = TStructureTag | TArtifactTag;

const PDF_TAG = "pdfTag";

/**
 * Props that tag one react-pdf element. Every call makes a new object on purpose: the object's
 * identity is how fragments of one element on several pages are recognised as one.
 */
export function pdfTag(role: TPdfRole, options: Omit<TStructureTag, "role"> = {}): object {
  return { [PDF_TAG]: { role, ...options } satisfies TStructureTag };
}

export function pdfArtifact(type: TArtifactTag["type"] = "Pagination"): object {
  return { [PDF_TAG]: { role: "Artifact", type } satisfies TArtifactTag };
}

// The parts of pdfkit (0.20) this uses: its documented structure API, and `link` to pass options.
type TStructureContent = object;
type TStructureElement = {
  add(child: TStructureElement | TStructureContent): TStructureElement;
  end(): void;
  dictionary: { data: { S: string } };
};
type TPdfKitDocument = {
  initMarkings(options: { tagged: boolean }): void;
  struct(type: string, options?: object): TStructureElement;
  addStructure(element: TStructureElement): void;
  markContent(tag: string, options?: object | null): void;
  markStructureContent(tag: string, options?: object): TStructureContent;
  endMarkedContent(): void;
  link(x: number, y: number, w: number, h: number, url: string, options?: object): unknown;
};

type TLayoutNode = {
  type: string;
  value?: string;
  children?: TLayoutNode[];
  props?: { [PDF_TAG]?: TPdfTag };
  style?: Record<string, unknown>;
  /** Relative to the parent's box: react-pdf translates by it before drawing the children. */
  box?: { left?: number; top?: number; width?: number; height?: number };
};
type TTextRun = { glyphs?: { codePoints?: number[] }[] };

/** What the patched `@react-pdf/render` calls while it draws. */
export type TTaggingHooks = {
  enterNode(node: TLayoutNode): void;
  exitNode(node: TLayoutNode): void;
  beginDecoration(node: TLayoutNode): void;
  endDecoration(node: TLayoutNode): void;
  beginContent(node: TLayoutNode): void;
  endContent(node: TLayoutNode): void;
  beginRun(run: TTextRun): void;
  endRun(run: TTextRun): void;
  end(): void;
};

type TOpenNode = { kind: "none" } | { kind: "artifact" } | { kind: "element"; element: TStructureElement; tag: TStructureTag };

/** ISO 32000-1 §14.8.5.4.3: a figure or table wholly on one page needs its bounding box. */
const ROLES_WITH_BBOX = new Set<TPdfRole>(["Figure", "Table"]);

/** Node types whose render function draws content (the others draw only decoration or annotations). */
const CONTENT_NODE_TYPES = new Set(["TEXT", "IMAGE", "SVG", "CANVAS"]);
const BORDER_WIDTHS = ["borderTopWidth", "borderRightWidth", "borderBottomWidth", "borderLeftWidth"];

function drawsDecoration(node: TLayoutNode): boolean {
  const style = node.style ?? {};
  return Boolean(style.backgroundColor) || BORDER_WIDTHS.some((width) => Number(style[width] ?? 0) > 0);
}

function textOf(run: TTextRun): string {
  return String.fromCodePoint(...(run.glyphs ?? []).flatMap((glyph) => glyph.codePoints ?? []));
}

type TTaggingOptions = {
  /** The language of a text run when it is not the document's, else null (e.g. a name in another script). */
  languageOfText?: (text: string) => string | null;
  /**
   * A right-to-left document: each element whose text has right-to-left letters carries that text,
   * in reading order, as its `/ActualText`. Its glyphs are drawn in reading order too, but a
   * reader cannot always tell where the spaces between a right-to-left and a left-to-right run
   * were; assistive technology reads the element's actual text (ISO 32000-1 §14.9.4).
   */
  isRightToLeft?: boolean;
};

/** The roles whose element holds text itself; a grouping element's actual text would hide its children's structure. */
const TEXT_ROLES = new Set<TPdfRole>(["H1", "H2", "H3", "P", "Lbl", "LBody", "TH", "TD"]);

const RIGHT_TO_LEFT_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** The text a node shows, in reading order: its text's pieces joined, separate blocks by a space. */
export function textOfLayoutNode(node: TLayoutNode): string {
  if (node.type === "TEXT_INSTANCE") return node.value ?? "";
  const parts = (node.children ?? []).map(textOfLayoutNode);
  return node.type === "TEXT" || node.type === "LINK" ? parts.join("") : parts.filter((part) => part !== "").join(" ");
}

/**
 * The value for a Document's `tagging` prop: turns pdfkit's tagging on and returns the hooks that
 * build the structure tree, with a `Document` element at its root.
 */
export function pdfTagging({ languageOfText, isRightToLeft = false }: TTaggingOptions = {}) {
  return (ctx: TPdfKitDocument): TTaggingHooks => {
    ctx.initMarkings({ tagged: true });
    const root = ctx.struct("Document");
    ctx.addStructure(root);
    const elements = new WeakMap<TStructureTag, TStructureElement>();
    // Elements already written: a later fragment of the same element starts a new one.
    const ended = new WeakSet<TStructureElement>();
    const open: TOpenNode[] = [];
    // Where each open node's box starts on the page, from the top left (its children's origin).
    const origins: { x: number; y: number }[] = [];
    let artifactDepth = 0;
    let isDecorationOpen = false;
    let isContentOpen = false;
    let isSpanOpen = false;

    const nearest = (predicate: (tag: TStructureTag) => boolean = () => true) => {
      for (let index = open.length - 1; index >= 0; index -= 1) {
        const entry = open[index]!;
        if (entry.kind === "element" && predicate(entry.tag)) return entry;
      }
      return null;
    };

    const drawLink = ctx.link.bind(ctx);
    ctx.link = (x, y, w, h, url, options = {}) => {
      const link = nearest((tag) => tag.role === "Link");
      if (!link) return drawLink(x, y, w, h, url, options);
      return drawLink(x, y, w, h, url, { ...options, structParent: link.element, Contents: new String(link.tag.alt ?? url) });
    };

    return {
      enterNode(node) {
        const parent = origins.at(-1) ?? { x: 0, y: 0 };
        const left = parent.x + (node.box?.left ?? 0);
        const top = parent.y + (node.box?.top ?? 0);
        origins.push({ x: left, y: top });
        const tag = node.props?.[PDF_TAG];
        if (artifactDepth > 0 || !tag) {
          open.push({ kind: "none" });
        } else if (tag.role === "Artifact") {
          ctx.markContent("Artifact", { type: tag.type ?? "Pagination" });
          artifactDepth += 1;
          open.push({ kind: "artifact" });
        } else {
          let element = elements.get(tag);
          if (!element || ended.has(element)) {
            // A table split over pages gets the box of its first part.
            const bbox = ROLES_WITH_BBOX.has(tag.role) ? [left, top, left + (node.box?.width ?? 0), top + (node.box?.height ?? 0)] : undefined;
            const text = isRightToLeft && !tag.alt && TEXT_ROLES.has(tag.role) ? textOfLayoutNode(node) : "";
            const actual = RIGHT_TO_LEFT_LETTER.test(text) ? text.replace(/\s+/g, " ").trim() : undefined;
            element = ctx.struct(tag.role, { alt: tag.alt, lang: tag.lang, scope: tag.scope, bbox, actual });
            (nearest()?.element ?? root).add(element);
            elements.set(tag, element);
          }
          open.push({ kind: "element", element, tag });
        }
      },
      exitNode() {
        origins.pop();
        const entry = open.pop();
        if (entry?.kind === "artifact") {
          ctx.endMarkedContent();
          artifactDepth -= 1;
        }
        // A link's annotation reference names the current page: end (write) it while that is its page.
        if (entry?.kind === "element" && entry.tag.role === "Link") {
          entry.element.end();
          ended.add(entry.element);
        }
      },
      beginDecoration(node) {
        if (artifactDepth > 0 || !drawsDecoration(node)) return;
        ctx.markContent("Artifact", { type: "Layout" });
        isDecorationOpen = true;
      },
      endDecoration() {
        if (!isDecorationOpen) return;
        ctx.endMarkedContent();
        isDecorationOpen = false;
      },
      beginContent(node) {
        if (artifactDepth > 0 || !CONTENT_NODE_TYPES.has(node.type)) return;
        let owner = nearest()?.element;
        if (!owner) {
          // Untagged content outside every tagged element still belongs in the tree.
          owner = ctx.struct("P");
          root.add(owner);
        }
        owner.add(ctx.markStructureContent(owner.dictionary.data.S));
        isContentOpen = true;
      },
      endContent() {
        if (!isContentOpen) return;
        ctx.endMarkedContent();
        isContentOpen = false;
      },
      beginRun(run) {
        if (!isContentOpen || !languageOfText) return;
        const lang = languageOfText(textOf(run));
        if (!lang) return;
        ctx.markContent("Span", { lang });
        isSpanOpen = true;
      },
      endRun() {
        if (!isSpanOpen) return;
        ctx.endMarkedContent();
        isSpanOpen = false;
      },
      end() {
        root.end();
      },
    };
  };
}

/**
 * Props for react-pdf's Document: tagged, and declared PDF/UA-1 (pdfkit writes the identifier
 * into the XMP metadata). react-pdf's types name only the PDF/A levels, hence a plain object.
 */
export function pdfUaDocument(options: TTaggingOptions = {}): object {
  return { tagging: pdfTagging(options), conformance: "PDF/UA" };
}
