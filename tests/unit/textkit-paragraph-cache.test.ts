import layoutEngine, {
  bidi,
  fontSubstitution,
  fromFragments,
  justification,
  linebreaker,
  scriptItemizer,
  textDecoration,
  wordHyphenation,
} from "@react-pdf/textkit";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";

// textkit as patched (patches/@react-pdf+textkit+7.0.1.patch): an engine keeps the paragraphs it processed.
const ENGINES = { bidi, linebreaker, justification, textDecoration, scriptItemizer, wordHyphenation, fontSubstitution };
const FONT = fontkit.openSync("node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf") as fontkit.Font;
const TEXT =
  "Register your address at Borgerservice within five days of moving in; bring your passport, the rental contract and, for a child, the birth certificate.";
const CONTAINER = { x: 0, y: 0, width: 180, height: 1000 };

type TLine = { string: string; box: { x: number; width: number }; runs: { attributes: { color?: string }; positions: { xAdvance: number }[] }[] };
const layOut = (engine: ReturnType<typeof layoutEngine>, attributes: Record<string, unknown>, width = CONTAINER.width) =>
  (
    engine(fromFragments([{ string: TEXT, attributes: { font: [FONT], fontSize: 10, ...attributes } }]), { ...CONTAINER, width }, {}) as unknown as TLine[][]
  ).flat();
const advances = (lines: TLine[]) => lines.map((line) => line.runs.flatMap((run) => run.positions.map((position) => Math.round(position.xAdvance * 1000))));

describe("a text layout engine's processed paragraphs", () => {
  it("lays a paragraph out the second time as the first", () => {
    const engine = layoutEngine(ENGINES);
    const first = layOut(engine, { align: "left" });
    const second = layOut(engine, { align: "left" });
    expect(first.length).toBeGreaterThan(2);
    expect(second.map((line) => line.string)).toEqual(first.map((line) => line.string));
    expect(advances(second)).toEqual(advances(first));
  });

  it("keeps a justified line's wider spaces to that line: the paragraph set in another width starts from the font's advances", () => {
    const engine = layoutEngine(ENGINES);
    const narrow = layOut(engine, { align: "justify" }, 180);
    const wide = layOut(engine, { align: "justify" }, 260);
    const freshNarrow = layOut(layoutEngine(ENGINES), { align: "justify" }, 180);
    const freshWide = layOut(layoutEngine(ENGINES), { align: "justify" }, 260);
    expect(advances(narrow)).toEqual(advances(freshNarrow));
    expect(advances(wide)).toEqual(advances(freshWide));
    expect(wide.map((line) => line.string)).not.toEqual(narrow.map((line) => line.string));
  });

  it("tells the same text with other attributes apart", () => {
    const engine = layoutEngine(ENGINES);
    layOut(engine, { color: "#1a1a1a" });
    const red = layOut(engine, { color: "#c00" });
    expect(new Set(red.flatMap((line) => line.runs.map((run) => run.attributes.color)))).toEqual(new Set(["#c00"]));
  });

  it("gives the next document the paragraph as processed, whatever a caller tried to change in the last one's lines", () => {
    const engine = layoutEngine(ENGINES);
    for (const line of layOut(engine, { align: "left" })) {
      for (const position of line.runs.flatMap((run) => run.positions)) {
        try {
          position.xAdvance += 5;
        } catch {
          // A kept paragraph's positions are frozen: changing them throws.
        }
      }
    }
    expect(advances(layOut(engine, { align: "left" }))).toEqual(advances(layOut(layoutEngine(ENGINES), { align: "left" })));
  });
});
