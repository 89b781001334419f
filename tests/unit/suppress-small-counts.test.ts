import { describe, expect, it } from "vitest";
import { suppressSmallCount } from "@/lib/stats/suppress-small-counts";

describe("suppressSmallCount", () => {
  it("hides counts from 1 to 4", () => {
    for (const count of [1, 2, 3, 4]) expect(suppressSmallCount(count)).toEqual({ value: null, isSuppressed: true });
  });

  it("shows zero and counts of 5 or more", () => {
    expect(suppressSmallCount(0)).toEqual({ value: 0, isSuppressed: false });
    expect(suppressSmallCount(5)).toEqual({ value: 5, isSuppressed: false });
    expect(suppressSmallCount(1234)).toEqual({ value: 1234, isSuppressed: false });
  });
});
