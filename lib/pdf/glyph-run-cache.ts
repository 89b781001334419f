import { Font } from "@react-pdf/renderer";

type TGlyphRun = { glyphs: unknown[]; positions: object[] };
type TLayout = (text: string, features?: unknown, script?: string, language?: string, direction?: string) => TGlyphRun;
export type TShapingFont = { type: string; layout: TLayout; [CACHED]?: true };

const CACHED = Symbol("ankomst.glyphRunCache");
/** Per font: enough for every catalogue text in three languages and their line-break fragments. */
const MAX_RUNS_PER_FONT = 5000;

function copyOf<T extends object>(value: T): T {
  return Object.assign(Object.create(Object.getPrototypeOf(value) as object) as T, value);
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
    return Object.assign(copyOf(run), { glyphs: run.glyphs.slice(), positions: run.positions.map(copyOf) });
  };
  font[CACHED] = true;
}

/**
 * Remembers the shaped glyphs of every text run in the fonts react-pdf has loaded so far.
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
      if (font && font.type !== "STANDARD") cacheGlyphRuns(font);
    }
  }
}
