import { Font } from "@react-pdf/renderer";

type TGlyphPosition = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number };
type TGlyphRun = { glyphs: unknown[]; positions: TGlyphPosition[] };
type TLayout = (text: string, features?: unknown, script?: string, language?: string, direction?: string) => TGlyphRun;
type TGlyph = { id: number; codePoints: number[] };
export type TShapingFont = {
  type: string;
  layout: TLayout;
  getGlyph?: (id: number, codePoints?: number[]) => TGlyph | null;
  [CACHED]?: true;
  [OWN_CODE_POINTS]?: true;
};

const CACHED = Symbol("ankomst.glyphRunCache");
const OWN_CODE_POINTS = Symbol("ankomst.glyphCodePoints");
/** Per font: enough for every catalogue text in three languages and their line-break fragments. */
const MAX_RUNS_PER_FONT = 5000;

function copyOf<T extends object>(value: T): T {
  return Object.assign(Object.create(Object.getPrototypeOf(value) as object) as T, value);
}

type TGlyphPositionClass = new (xAdvance: number, yAdvance: number, xOffset: number, yOffset: number) => TGlyphPosition;

/**
 * A position made anew by its own class, its four numbers set in one order. Copies made with
 * Object.assign were slow for react-pdf to read in an Arabic packet (scaling them took 76 ms of CPU
 * over 90 Arabic renders, 3 ms over 90 English ones); copies of one shape are fast in both.
 */
function copyOfPosition(position: TGlyphPosition): TGlyphPosition {
  const Position = (Object.getPrototypeOf(position) as { constructor: TGlyphPositionClass }).constructor;
  return new Position(position.xAdvance, position.yAdvance, position.xOffset, position.yOffset);
}

/** Wraps one font's shaping with a cache of its glyph runs; exported for its unit test. */
export function cacheGlyphRuns(font: TShapingFont): void {
  if (font[CACHED]) return;
  const shape = font.layout.bind(font);
  const runs = new Map<string, TGlyphRun>();
  font.layout = (text, features, script, language, direction) => {
    const key = `${direction}|${script}|${language}|${JSON.stringify(features ?? null)}|${text}`;
    let run = runs.get(key);
    if (!run) {
      run = shape(text, features, script, language, direction);
      if (runs.size >= MAX_RUNS_PER_FONT) runs.delete(runs.keys().next().value!);
      runs.set(key, run);
    }
    // Callers own what they get: react-pdf adjusts positions when it justifies a line.
    return Object.assign(copyOf(run), { glyphs: run.glyphs.slice(), positions: run.positions.map(copyOfPosition) });
  };
  font[CACHED] = true;
}

const sameCodePoints = (a: number[], b: number[]) => a.length === b.length && a.every((codePoint, index) => codePoint === b[index]);

/**
 * Gives each shaped glyph the characters it stands for in this text. fontkit keeps one glyph
 * object per glyph id with the characters it was first made for, but a font may draw several
 * characters with one glyph: Noto Sans Arabic draws ب ت ث ن ي with one dotless form and their dots
 * as marks. The PDF's ToUnicode map would then read every one of them as the first (ن as ب), for
 * copying, searching and screen readers alike. A glyph asked for with other characters is a view of
 * the shared one with its own (react-pdf's glyph encoding, patched, gives it a subset glyph of its
 * own). Exported for its unit test.
 */
export function keepCodePointsPerGlyph(font: TShapingFont): void {
  if (font[OWN_CODE_POINTS] || !font.getGlyph) return;
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id, codePoints = []) => {
    const glyph = getGlyph(id, codePoints);
    if (!glyph || codePoints.length === 0 || sameCodePoints(glyph.codePoints, codePoints)) return glyph;
    return Object.assign(Object.create(glyph) as TGlyph, { codePoints });
  };
  font[OWN_CODE_POINTS] = true;
}

/**
 * fontkit reads a font's units per em from its head table on every access, and react-pdf asks for
 * it for every run and glyph position; it never changes, so it is kept on the font itself.
 */
function keepUnitsPerEm(font: TShapingFont & { unitsPerEm?: number }): void {
  if (Object.hasOwn(font, "unitsPerEm")) return;
  const unitsPerEm = font.unitsPerEm;
  if (typeof unitsPerEm === "number") Object.defineProperty(font, "unitsPerEm", { value: unitsPerEm });
}

/**
 * Loads the fonts of the given families (every weight) so they can be prepared before the first
 * document that uses them, instead of by react-pdf in the middle of rendering it.
 */
export async function loadPdfFontFamilies(families: readonly string[]): Promise<void> {
  const registered = Font.getRegisteredFonts();
  await Promise.all(families.flatMap((family) => (registered[family]?.sources ?? []).map((source) => source.load())));
}

/**
 * Remembers the shaped glyphs of every text run in the fonts react-pdf has loaded so far, and keeps
 * each glyph's characters (keepCodePointsPerGlyph).
 *
 * Why: shaping (OpenType substitution and positioning in fontkit) was a quarter of a packet's
 * render time, and almost all of a packet's text is catalogue text that every packet of the same
 * language repeats. Shaping depends only on the font, the text and these options, so the result
 * can be reused. Fonts load lazily, so this runs before every render and wraps newly loaded ones.
 */
export function cacheGlyphRunsOfLoadedFonts(): void {
  for (const family of Object.values(Font.getRegisteredFonts())) {
    for (const source of family.sources) {
      const font = source.data as unknown as TShapingFont | null;
      // The PDF standard fonts (Helvetica…) are not shaped by fontkit: nothing to gain there.
      if (font && font.type !== "STANDARD") {
        keepCodePointsPerGlyph(font);
        cacheGlyphRuns(font);
        keepUnitsPerEm(font);
      }
    }
  }
}
