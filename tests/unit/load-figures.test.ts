import { describe, expect, it } from "vitest";
import { isDuringOutage, percentile, summarizeLoad, type TSample } from "../../scripts/load/load-figures";

const sample = (kind: string, startedAt: number, ms: number, outcome: TSample["outcome"] = "expected"): TSample => ({
  kind,
  startedAt,
  endedAt: startedAt + ms,
  outcome,
  status: outcome === "expected" ? 200 : 503,
});

describe("load figures", () => {
  it("takes nearest-rank percentiles", () => {
    const sorted = Array.from({ length: 100 }, (_, index) => index + 1);
    expect([percentile(sorted, 0.5), percentile(sorted, 0.95), percentile(sorted, 0.99)]).toEqual([50, 95, 99]);
    expect(percentile([], 0.95)).toBe(0);
    expect(percentile([7], 0.99)).toBe(7);
  });

  it("counts a request as in the outage when any moment of it was", () => {
    const outage = { from: 1_000, to: 2_000 };
    expect(isDuringOutage(sample("page", 900, 200), outage)).toBe(true);
    expect(isDuringOutage(sample("page", 1_990, 500), outage)).toBe(true);
    expect(isDuringOutage(sample("page", 500, 400), outage)).toBe(false);
    expect(isDuringOutage(sample("page", 2_001, 10), outage)).toBe(false);
    expect(isDuringOutage(sample("page", 1_500, 10), null)).toBe(false);
  });

  it("counts a clean 503 in the outage as expected, and outside it as an error", () => {
    const figures = summarizeLoad(
      [
        sample("page", 0, 10),
        sample("page", 1_200, 5, "unavailable"),
        sample("page", 1_300, 5, "wrong"),
        sample("tick", 3_000, 20, "unavailable"),
        sample("tick", 3_100, 30),
      ],
      { outage: { from: 1_000, to: 2_000 }, seconds: 5, pageKinds: ["page"] },
    );
    expect(figures).toMatchObject({ rps: 1, errors: 1, outageErrors: 1, unavailable: 1 });
    expect(figures.kinds.find((kind) => kind.kind === "tick")).toMatchObject({ requests: 2, errors: 1, outageErrors: 0 });
    // Latencies only of requests outside the outage: the page's 10 ms, not the 5 ms refusals.
    expect(figures.pagesP95).toBe(10);
    expect(figures.firstWrong.map((wrong) => wrong.kind)).toEqual(["tick", "page"]);
  });
});
