import { describe, expect, it } from "vitest";
import { cacheGlyphRuns, type TShapingFont } from "@/lib/pdf/glyph-run-cache";

class GlyphPosition {
  constructor(public xAdvance: number) {}
}

/** Stands in for a fontkit font: counts how often it shapes, one glyph per character. */
function countingFont() {
  const font = {
    type: "TTF",
    shaped: 0,
    layout(text: string, features?: unknown) {
      font.shaped++;
      const advance = Array.isArray(features) && features.includes("smcp") ? 500 : 600;
      return { glyphs: [...text].map((char) => ({ id: char.codePointAt(0) })), positions: [...text].map(() => new GlyphPosition(advance)) };
    },
  };
  return font;
}

describe("the glyph run cache", () => {
  it("shapes a text once and then answers from the cache", () => {
    const font = countingFont();
    cacheGlyphRuns(font as unknown as TShapingFont);
    const first = font.layout("Velkommen");
    const second = font.layout("Velkommen");
    expect(font.shaped).toBe(1);
    expect(second).toEqual(first);
  });

  it("keeps texts shaped with different features apart", () => {
    const font = countingFont();
    cacheGlyphRuns(font as unknown as TShapingFont);
    font.layout("Herning");
    const smallCaps = font.layout("Herning", ["smcp"]);
    expect(font.shaped).toBe(2);
    expect((smallCaps.positions[0] as GlyphPosition).xAdvance).toBe(500);
  });

  it("gives each caller its own copy, so justifying one line cannot move another", () => {
    const font = countingFont();
    cacheGlyphRuns(font as unknown as TShapingFont);
    const first = font.layout("Holbæk");
    first.positions[0]!.xAdvance += 100;
    first.glyphs.pop();
    const second = font.layout("Holbæk");
    expect(second.positions[0]).toBeInstanceOf(GlyphPosition);
    expect(second.positions[0]!.xAdvance).toBe(600);
    expect(second.glyphs).toHaveLength(6);
  });

  it("wraps a font only once", () => {
    const font = countingFont();
    cacheGlyphRuns(font as unknown as TShapingFont);
    cacheGlyphRuns(font as unknown as TShapingFont);
    font.layout("Jobcenter");
    font.layout("Jobcenter");
    expect(font.shaped).toBe(1);
  });
});
