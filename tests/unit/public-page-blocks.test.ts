import { describe, expect, it } from "vitest";
import { PUBLIC_PAGE_LANGUAGES } from "@/lib/i18n/languages";
import { bodyParts, DEFAULT_PUBLIC_PAGE_TEXTS, PUBLIC_PAGE_BLOCKS, ZPublicPageTextSchema } from "@/lib/welcome/public-page-blocks";
import { blocksForPage, type TPageBlock } from "@/lib/welcome/public-page-texts";

describe("a public page text's body", () => {
  it("is paragraphs split at blank lines, and a list where every line of a paragraph starts with a dash", () => {
    expect(bodyParts("Come soon.\nBring these:\n\n- Passport\n-  ID card \n\nThat is all.")).toEqual([
      { kind: "paragraph", text: "Come soon. Bring these:" },
      { kind: "list", items: ["Passport", "ID card"] },
      { kind: "paragraph", text: "That is all." },
    ]);
    // A dash on one line only is a sentence, not a list.
    expect(bodyParts("- one\nnot a list")).toEqual([{ kind: "paragraph", text: "- one not a list" }]);
  });
});

describe("the page's blocks in a language", () => {
  const row = (block: TPageBlock["block"], language: TPageBlock["language"]): TPageBlock => ({ block, language, title: `${block} ${language}`, body: "x" });

  it("take each block in the page's language, else English, else Danish, in the page's order", () => {
    const rows = [row("help", "da"), row("help", "en"), row("welcome", "pl"), row("welcome", "en"), row("bring", "da"), row("way-in", "ro")];
    expect(blocksForPage(rows, "pl").map((block) => `${block.block}:${block.language}`)).toEqual(["welcome:pl", "bring:da", "help:en"]);
  });
});

describe("the public page texts Ankomst ships", () => {
  const danish = DEFAULT_PUBLIC_PAGE_TEXTS.da;
  it.each(PUBLIC_PAGE_LANGUAGES)(
    "in %s: every block, valid as an administrator's text, with the Danish master's placeholders, paragraphs and list items",
    (language) => {
      for (const block of PUBLIC_PAGE_BLOCKS) {
        const text = DEFAULT_PUBLIC_PAGE_TEXTS[language][block];
        expect(ZPublicPageTextSchema.safeParse(text).success, `${language} ${block}`).toBe(true);
        const shape = (body: string) => bodyParts(body).map((part) => (part.kind === "list" ? part.items.length : "p"));
        expect(shape(text.body), `${language} ${block}`).toEqual(shape(danish[block].body));
        const placeholders = (value: string) => value.match(/\{\w+\}/g) ?? [];
        expect(placeholders(text.title + text.body).sort(), `${language} ${block}`).toEqual(placeholders(danish[block].title + danish[block].body).sort());
      }
    },
  );
});
