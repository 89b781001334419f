import { describe, expect, it } from "vitest";
import { STEP_SEEDS, seedTextIn } from "@/lib/catalogue/seed-content";
import { PACKET_LANGUAGES } from "@/lib/i18n/languages";

const placeholdersOf = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
const paragraphsOf = (text: string) => text.split(/\n\s*\n/).length;

describe("the built-in steps' texts shipped in every packet language", () => {
  it.each(PACKET_LANGUAGES)("%s: every step has a title and text, with the Danish master's placeholders and paragraphs", (language) => {
    for (const seed of STEP_SEEDS) {
      const master = seedTextIn(seed, "da")!;
      const text = seedTextIn(seed, language);
      expect(text, `${seed.key} in ${language}`).not.toBeNull();
      expect(text!.title.trim(), seed.key).not.toBe("");
      expect(placeholdersOf(text!.title), `${seed.key}.title in ${language}`).toEqual(placeholdersOf(master.title));
      expect(placeholdersOf(text!.body), `${seed.key}.body in ${language}`).toEqual(placeholdersOf(master.body));
      expect(paragraphsOf(text!.body), `${seed.key}.body in ${language}`).toBe(paragraphsOf(master.body));
      // A step whose place is named per language names it in this one too.
      expect(Boolean(text!.whereName), `${seed.key}.whereName in ${language}`).toBe(Boolean(master.whereName));
    }
  });
});
