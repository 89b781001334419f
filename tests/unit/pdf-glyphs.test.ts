import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { keepCodePointsPerGlyph, type TShapingFont } from "@/lib/pdf/glyph-run-cache";
import { textOfLayoutNode } from "@/lib/pdf/pdf-tagging";
import { pdfStyles } from "@/lib/pdf/styles";

const ARABIC_FONT = "node_modules/@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf";
type TGlyphs = { glyphs: { id: number; codePoints: number[] }[] };
type TFontkitFont = Omit<TShapingFont, "layout"> & {
  layout(text: string, features?: unknown, script?: string, language?: string, direction?: string): TGlyphs;
};
const openArabicFont = () => fontkit.openSync(ARABIC_FONT) as unknown as TFontkitFont;
// In logical order, as react-pdf shapes (it reverses right-to-left runs itself).
const shape = (font: TFontkitFont, text: string) => font.layout(text, undefined, undefined, undefined, "ltr");

describe("each shaped glyph reads as its own character", () => {
  it("knows the Arabic font draws ب and ن with one dotless glyph, which fontkit alone reads as the first it met", () => {
    const font = openArabicFont();
    const beh = shape(font, "بكم").glyphs[0]!;
    const noon = shape(font, "نكم").glyphs[0]!;
    expect(noon.id).toBe(beh.id);
    expect(noon.codePoints).toEqual(["ب".codePointAt(0)]);
  });

  it("gives the shared glyph the character of the text it was shaped from", () => {
    const font = openArabicFont();
    keepCodePointsPerGlyph(font as unknown as TShapingFont);
    const [beh] = shape(font, "بكم").glyphs;
    const [noon] = shape(font, "نكم").glyphs;
    expect(noon!.id).toBe(beh!.id);
    expect(beh!.codePoints).toEqual(["ب".codePointAt(0)]);
    expect(noon!.codePoints).toEqual(["ن".codePointAt(0)]);
    // The dot is a mark of its own, standing for no character.
    expect(shape(font, "نكم").glyphs.some((glyph) => glyph.codePoints.length === 0)).toBe(true);
  });

  it("wraps a font once", () => {
    const font = openArabicFont();
    keepCodePointsPerGlyph(font as unknown as TShapingFont);
    const wrapped = font.getGlyph;
    keepCodePointsPerGlyph(font as unknown as TShapingFont);
    expect(font.getGlyph).toBe(wrapped);
  });
});

describe("a line's direction in a right-to-left packet", () => {
  const rtl = pdfStyles("rtl");
  it("sets a line without right-to-left letters left to right, at the start (right) side", () => {
    for (const line of ["+45 96 28 28 28", "borgerservice@herning.dk", "Torvet 5, 7400 Herning", "lifeindenmark.borger.dk"]) {
      expect(rtl.line(line)).toEqual({ direction: "ltr", textAlign: "right" });
    }
  });

  it("sets a line with Arabic in it right to left, Latin names and numbers inside it included", () => {
    expect(rtl.line("الموعد النهائي: 6 سبتمبر 2026")).toEqual(rtl.text);
    expect(rtl.line("مرحبًا Dmytro Kovalchuk،")).toEqual(rtl.text);
    expect(rtl.text).toEqual({ direction: "rtl" });
  });

  it("leaves a left-to-right packet's lines alone", () => {
    const ltr = pdfStyles("ltr");
    expect(ltr.line("+45 96 28 28 28")).toEqual({ direction: "ltr" });
  });

  it("mirrors rows, the tick box's margin and the deadline's bar", () => {
    expect(rtl.step.flexDirection).toBe("row-reverse");
    expect(rtl.tickBox).toMatchObject({ marginLeft: 10 });
    expect(rtl.deadline).toMatchObject({ borderRightWidth: 3, paddingRight: 5 });
    expect(pdfStyles("ltr").deadline).toMatchObject({ borderLeftWidth: 3, paddingLeft: 5 });
  });
});

describe("an element's actual text", () => {
  it("joins a text's pieces as written and separate blocks with a space", () => {
    const text = (value: string) => ({ type: "TEXT_INSTANCE", value });
    const paragraph = { type: "TEXT", children: [text("مرحبًا "), { type: "TEXT", children: [text("Dmytro")] }, text("،")] };
    expect(textOfLayoutNode(paragraph)).toBe("مرحبًا Dmytro،");
    expect(
      textOfLayoutNode({
        type: "VIEW",
        children: [
          { type: "TEXT", children: [text("المكان")] },
          { type: "TEXT", children: [text("+45 96 28 28 28")] },
        ],
      }),
    ).toBe("المكان +45 96 28 28 28");
  });
});
