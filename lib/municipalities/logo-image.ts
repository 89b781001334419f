import { createHash } from "node:crypto";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { DOMParser, type Element, XMLSerializer } from "@xmldom/xmldom";

/** The largest upload taken: a letterhead logo is small; anything larger is a mistake or an attack. */
export const LOGO_MAX_BYTES = 512 * 1024;
/** Rendered height in pixels: sharp at the letterhead's 36 pt in print (about 300 dpi). */
export const LOGO_HEIGHT_PX = 150;
/** A wider logo is scaled down to this width instead. */
export const LOGO_MAX_WIDTH_PX = 900;
/** A PNG larger than this in either direction is refused before it is decoded (a small file can unpack to gigabytes). */
const PNG_MAX_SIDE_PX = 4000;

/**
 * What drawing a logo may cost, counted on the parsed SVG before anything is drawn: elements after
 * every `<use>` is expanded (a 643-byte file that repeats a blurred rectangle a hundred times took
 * 6.6 s of a thread), and filter effects drawn. A real letterhead logo stays far below both.
 */
export const LOGO_MAX_ELEMENTS = 5_000;
export const LOGO_MAX_FILTER_EFFECTS = 20;

export type TLogoError = "logoMissing" | "logoTooLarge" | "logoType" | "logoUnreadable" | "logoTooComplex";
export type TRenderedLogo = { png: Buffer; width: number; height: number; digest: string };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const SVG_NAMESPACE = "http://www.w3.org/2000/svg";
const XLINK_NAMESPACE = "http://www.w3.org/1999/xlink";
/** Elements that run or embed something other than drawing; they are removed with their content (a style sheet only when it imports or points outside). */
const DROPPED_ELEMENTS = new Set(["script", "foreignObject", "iframe", "object", "embed", "audio", "video", "animate", "set", "handler"]);
/** Text in an SVG logo is drawn with the fonts Ankomst ships: the renderer never reads the machine's fonts. */
const LOGO_FONT_FILES = [path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf")];

/**
 * An uploaded logo (SVG or PNG, told apart by content, not by name) rendered to a PNG of the
 * letterhead's size. Only the rendered pixels are kept: no script, link or metadata of the upload
 * survives, and the PDF and the web page show the same image.
 */
export function renderLogo(upload: Uint8Array): { ok: true; logo: TRenderedLogo } | { ok: false; error: TLogoError } {
  if (upload.byteLength === 0) return { ok: false, error: "logoMissing" };
  if (upload.byteLength > LOGO_MAX_BYTES) return { ok: false, error: "logoTooLarge" };
  const bytes = Buffer.from(upload);
  const svg = bytes.subarray(0, 8).equals(PNG_SIGNATURE) ? svgAroundPng(bytes) : sanitisedSvg(bytes.toString("utf8"));
  if (svg.ok === false) return svg;
  try {
    const probe = new Resvg(svg.text, { font: { loadSystemFonts: false, fontFiles: LOGO_FONT_FILES } });
    const { width, height } = probe;
    if (!(width > 0 && height > 0)) return { ok: false, error: "logoUnreadable" };
    const isWide = (width / height) * LOGO_HEIGHT_PX > LOGO_MAX_WIDTH_PX;
    const rendered = new Resvg(svg.text, {
      font: { loadSystemFonts: false, fontFiles: LOGO_FONT_FILES },
      fitTo: isWide ? { mode: "width", value: LOGO_MAX_WIDTH_PX } : { mode: "height", value: LOGO_HEIGHT_PX },
    }).render();
    // An image that could not be decoded draws nothing: a blank logo is no logo.
    if (!hasVisiblePixel(rendered.pixels)) return { ok: false, error: "logoUnreadable" };
    const png = rendered.asPng();
    return { ok: true, logo: { png, width: rendered.width, height: rendered.height, digest: createHash("sha256").update(png).digest("hex") } };
  } catch {
    return { ok: false, error: "logoUnreadable" };
  }
}

function hasVisiblePixel(rgba: Buffer): boolean {
  for (let alpha = 3; alpha < rgba.length; alpha += 4) if ((rgba[alpha] ?? 0) > 0) return true;
  return false;
}

type TSvgText = { ok: true; text: string } | { ok: false; error: TLogoError };

/** A PNG is drawn through the same renderer, inside an SVG of its own size, so it too is re-encoded. */
function svgAroundPng(png: Buffer): TSvgText {
  if (!isDecodablePng(png)) return { ok: false, error: "logoUnreadable" };
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const href = `data:image/png;base64,${png.toString("base64")}`;
  return {
    ok: true,
    text: `<svg xmlns="${SVG_NAMESPACE}" width="${width}" height="${height}"><image width="${width}" height="${height}" href="${href}"/></svg>`,
  };
}

/**
 * The SVG re-written from its parsed tree, keeping only drawing: no document type or entities, no scripts or embedded documents, no event attributes, and no reference but to the
 * SVG's own parts or an inline image. The renderer would otherwise read a referenced file from disk.
 */
function sanitisedSvg(text: string): TSvgText {
  // A document type naming SVG 1.1 is common and harmless; one that declares entities is refused.
  if (/<!ENTITY|<!DOCTYPE[^>]*\[/i.test(text)) return { ok: false, error: "logoUnreadable" };
  let hasParseError = false;
  const onError = () => {
    hasParseError = true;
  };
  let root: Element | null;
  try {
    root = new DOMParser({ onError }).parseFromString(text, "image/svg+xml").documentElement;
  } catch {
    return { ok: false, error: "logoType" };
  }
  if (hasParseError || !root || root.localName !== "svg" || root.namespaceURI !== SVG_NAMESPACE) return { ok: false, error: "logoType" };
  cleanElement(root);
  if (!isWithinDrawingCost(root)) return { ok: false, error: "logoTooComplex" };
  return { ok: true, text: new XMLSerializer().serializeToString(root) };
}

const UNSAFE_URL = /url\(\s*['"]?(?!#)|@import/i;

function cleanElement(element: Element): void {
  for (const attribute of Array.from(element.attributes)) {
    const name = (attribute.localName ?? attribute.name).toLowerCase();
    const isReference = name === "href" && (attribute.namespaceURI === null || attribute.namespaceURI === XLINK_NAMESPACE);
    if (name.startsWith("on") || (isReference ? !isSafeReference(attribute.value) : UNSAFE_URL.test(attribute.value))) {
      element.removeAttributeNode(attribute);
    }
  }
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === child.PROCESSING_INSTRUCTION_NODE) element.removeChild(child);
    if (child.nodeType !== child.ELEMENT_NODE) continue;
    const childElement = child as Element;
    const isUnsafeStyle = childElement.localName === "style" && UNSAFE_URL.test(childElement.textContent ?? "");
    if (DROPPED_ELEMENTS.has(childElement.localName ?? "") || isUnsafeStyle || childElement.namespaceURI !== SVG_NAMESPACE) {
      element.removeChild(child);
    } else {
      cleanElement(childElement);
    }
  }
}

/** A reference to the SVG's own parts, or an inline PNG small enough to decode. */
function isSafeReference(href: string): boolean {
  if (href.startsWith("#")) return true;
  const inlinePng = /^data:image\/png;base64,([A-Za-z0-9+/=\s]+)$/.exec(href);
  return inlinePng?.[1] !== undefined && isDecodablePng(Buffer.from(inlinePng[1], "base64"));
}

function isDecodablePng(png: Buffer): boolean {
  if (png.byteLength < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString("latin1", 12, 16) !== "IHDR") return false;
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  return width > 0 && height > 0 && width <= PNG_MAX_SIDE_PX && height <= PNG_MAX_SIDE_PX;
}

type TDrawingCost = { elements: number; filterEffects: number };

/**
 * Whether drawing the cleaned SVG stays within the limits: each element counts as often as it is
 * drawn, a `<use>` as the element it repeats (recursively; a reference loop is refused), and each
 * element drawn with a filter counts that filter's effects again.
 */
function isWithinDrawingCost(root: Element): boolean {
  const byId = new Map<string, Element>();
  const collect = (element: Element) => {
    const id = element.getAttribute("id");
    if (id) byId.set(id, element);
    for (const child of Array.from(element.childNodes)) if (child.nodeType === child.ELEMENT_NODE) collect(child as Element);
  };
  collect(root);
  const costs = new Map<Element, TDrawingCost | "counting">();
  let isLoop = false;
  const referenced = (value: string | null) => (value?.startsWith("#") ? byId.get(value.slice(1)) : undefined);
  const filterOf = (element: Element) => referenced(/url\(\s*['"]?(#[^'")\s]+)/.exec(element.getAttribute("filter") ?? "")?.[1] ?? null);
  const costOf = (element: Element): TDrawingCost => {
    const known = costs.get(element);
    if (known === "counting") {
      isLoop = true;
      return { elements: Number.POSITIVE_INFINITY, filterEffects: 0 };
    }
    if (known) return known;
    costs.set(element, "counting");
    const cost: TDrawingCost = { elements: 1, filterEffects: (element.localName ?? "").startsWith("fe") ? 1 : 0 };
    const add = (part: TDrawingCost) => {
      cost.elements += part.elements;
      cost.filterEffects += part.filterEffects;
    };
    for (const child of Array.from(element.childNodes)) if (child.nodeType === child.ELEMENT_NODE) add(costOf(child as Element));
    if (element.localName === "use") {
      const target = referenced(element.getAttribute("href") ?? element.getAttributeNS(XLINK_NAMESPACE, "href"));
      if (target) add(costOf(target));
    }
    const filter = filterOf(element);
    if (filter) add(costOf(filter));
    costs.set(element, cost);
    return cost;
  };
  const total = costOf(root);
  return !isLoop && total.elements <= LOGO_MAX_ELEMENTS && total.filterEffects <= LOGO_MAX_FILTER_EFFECTS;
}
