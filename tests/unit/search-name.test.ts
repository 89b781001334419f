import { describe, expect, it } from "vitest";
import { foldForSearch, toSearchName } from "@/lib/arrivals/search-name";

describe("foldForSearch", () => {
  it.each([
    ["Müller", "muller"],
    ["Sørensen", "sorensen"],
    ["Æbelø", "aebelo"],
    ["Åse", "ase"],
    ["Wiśniewska", "wisniewska"],
    ["Łukasz", "lukasz"],
    ["Strauß", "strauss"],
    ["Ñúñez", "nunez"],
  ])("folds %s to %s", (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });

  it("keeps scripts without accents, lower-cased", () => {
    expect(foldForSearch("Коваленко")).toBe("коваленко");
    expect(foldForSearch("حداد")).toBe("حداد");
  });

  it("joins given and family name with single spaces", () => {
    expect(toSearchName("  Jonas ", "Müller  Schmidt")).toBe("jonas muller schmidt");
  });
});
