import { describe, expect, it } from "vitest";
import { foldForSearch, toSearchName } from "@/lib/arrivals/search-name";

describe("foldForSearch", () => {
  it.each([
    ["Müller", "muller"],
    ["Sørensen", "sorensen"],
    ["Æbelø", "abelo"],
    ["Åse", "ase"],
    ["Wiśniewska", "wisniewska"],
    ["Łukasz", "lukasz"],
    ["Strauß", "straus"],
    ["Ñúñez", "nunez"],
  ])("folds %s to %s", (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });

  it.each([
    ["ostergaard", "Østergård"],
    ["soerensen", "Sørensen"],
    ["mueller", "Müller"],
    ["aeroe", "Ærø"],
    ["Strasse", "Straße"],
    ["Aase", "Åse"],
    ["boettcher", "Böttcher"],
  ])("finds the written-out %s and the letter %s the same way", (typed, stored) => {
    expect(foldForSearch(typed)).toBe(foldForSearch(stored));
  });

  it("keeps scripts without accents, lower-cased", () => {
    expect(foldForSearch("Коваленко")).toBe("коваленко");
    expect(foldForSearch("حداد")).toBe("حداد");
  });

  it("joins given and family name with single spaces", () => {
    expect(toSearchName("  Jonas ", "Müller  Schmidt")).toBe("jonas muller schmidt");
  });
});
