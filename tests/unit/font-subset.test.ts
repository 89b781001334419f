import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";

// fontkit as patched (patches/fontkit+2.0.4.patch): a font keeps what each glyph brings to a subset.
type TSubset = { includeGlyph(gid: number): number; encode(): Uint8Array; _addGlyph(gid: number): number; _addGlyphOfVariableFont(gid: number): number };
type TFont = { createSubset(): TSubset; getGlyph(gid: number): { _decode(): { numberOfContours: number } | null }; numGlyphs: number };

const ARABIC_FONT = "node_modules/@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf";
const openFont = () => fontkit.openSync(ARABIC_FONT) as unknown as TFont;

/** A subset of the given glyphs, made by fontkit's own way of reading each glyph when `uncached`. */
function subsetBytes(font: TFont, glyphIds: number[], options: { uncached?: boolean } = {}): Uint8Array {
  const subset = font.createSubset();
  if (options.uncached) subset._addGlyph = subset._addGlyphOfVariableFont;
  for (const gid of glyphIds) subset.includeGlyph(gid);
  return subset.encode();
}

describe("a font subset made from the glyphs a font has read before", () => {
  const font = openFont();
  const composites: number[] = [];
  const simple: number[] = [];
  for (let gid = 1; gid < font.numGlyphs && (composites.length < 5 || simple.length < 20); gid++) {
    const contours = font.getGlyph(gid)._decode()?.numberOfContours ?? 0;
    if (contours < 0 && composites.length < 5) composites.push(gid);
    else if (contours > 0 && simple.length < 20) simple.push(gid);
  }
  const glyphIds = [...simple.slice(0, 10), ...composites, ...simple.slice(10)];

  it("knows the Arabic font has composite glyphs, whose parts the subset must bring along", () => {
    expect(composites).toHaveLength(5);
  });

  it("is byte for byte the subset fontkit makes by decoding every glyph, the first time and every time after", () => {
    const expected = subsetBytes(openFont(), glyphIds, { uncached: true });
    expect(Buffer.from(subsetBytes(font, glyphIds)).equals(Buffer.from(expected))).toBe(true);
    expect(Buffer.from(subsetBytes(font, glyphIds)).equals(Buffer.from(expected))).toBe(true);
  });

  it("gives a later subset with other glyphs its own numbering of a composite glyph's parts", () => {
    const later = [...composites].reverse();
    expect(Buffer.from(subsetBytes(font, later)).equals(Buffer.from(subsetBytes(openFont(), later, { uncached: true })))).toBe(true);
  });
});
