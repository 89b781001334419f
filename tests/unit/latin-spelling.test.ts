import { describe, expect, it } from "vitest";
import { isLatinSpelling, suggestLatinSpelling } from "@/lib/names/latin-spelling";

describe("the Latin spelling suggested for a name", () => {
  it.each([
    ["Олена Коваленко", "Olena Kovalenko"],
    ["Дмитро Ковальчук", "Dmytro Kovalchuk"],
    ["Марія Щербак", "Mariia Shcherbak"],
    ["Юрій Євген Їжак", "Yurii Yevhen Yizhak"],
    ["  Тарас   Шевченко ", "Taras Shevchenko"],
  ])("writes the Ukrainian %s as the passport does: %s", (name, latin) => {
    expect(suggestLatinSpelling(name)).toBe(latin);
  });

  it("writes the letters Ukrainian does not have (ы, э, ё) the Russian way, leaving no Cyrillic", () => {
    const spelt = suggestLatinSpelling("Эдуард Крылов Фёдорович")!;
    expect(spelt).not.toMatch(/\p{Script=Cyrillic}/u);
    expect(spelt.startsWith("E")).toBe(true);
  });

  it("suggests nothing for a name already in Latin letters, nor for scripts it does not know", () => {
    expect(suggestLatinSpelling("Søren Müller")).toBeNull();
    expect(suggestLatinSpelling("فاطمة حداد")).toBeNull();
  });

  it("takes Latin letters with accents, hyphens and apostrophes, and nothing else", () => {
    expect(isLatinSpelling("Anna-Maria O'Neill Ødegård")).toBe(true);
    expect(isLatinSpelling("Olena Коваленко")).toBe(false);
    expect(isLatinSpelling("Olena 2")).toBe(false);
  });
});
