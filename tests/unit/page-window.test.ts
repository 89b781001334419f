import { describe, expect, it } from "vitest";
import { pageWindow } from "@/lib/pagination/page-window";

describe("pageWindow", () => {
  it.each([
    [1, 1, [1]],
    [3, 7, [1, 2, 3, 4, 5, 6, 7]],
    [1, 12, [1, 2, 3, 4, 5, "gap", 12]],
    [4, 12, [1, 2, 3, 4, 5, "gap", 12]],
    [6, 12, [1, "gap", 5, 6, 7, "gap", 12]],
    [9, 12, [1, "gap", 8, 9, 10, 11, 12]],
    [12, 12, [1, "gap", 8, 9, 10, 11, 12]],
  ])("on page %i of %i shows %j", (page, pageCount, expected) => {
    expect(pageWindow(page, pageCount)).toEqual(expected);
  });

  it("always shows the current page, the first and the last", () => {
    for (let pageCount = 1; pageCount <= 30; pageCount++) {
      for (let page = 1; page <= pageCount; page++) {
        const shown = pageWindow(page, pageCount);
        expect(shown).toContain(page);
        expect(shown[0]).toBe(1);
        expect(shown.at(-1)).toBe(pageCount);
      }
    }
  });
});
