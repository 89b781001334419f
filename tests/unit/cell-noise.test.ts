import { describe, expect, it } from "vitest";
import { keyedPerturbation, NOISE_BOUND, noiseFromUniform, noiseProbability } from "@/lib/stats/cell-noise";

const secret = Buffer.alloc(32, 7);

describe("the statistics' noise", () => {
  it("is a two-sided geometric law within ±NOISE_BOUND: 83 % of counts within 2, 96 % within 4", () => {
    const within = (bound: number) => Array.from({ length: 2 * bound + 1 }, (_, index) => noiseProbability(index - bound)).reduce((a, b) => a + b, 0);
    expect(within(NOISE_BOUND)).toBeCloseTo(1, 12);
    expect(within(2)).toBeCloseTo(0.834, 3);
    expect(within(4)).toBeCloseTo(0.959, 3);
    expect(noiseProbability(NOISE_BOUND + 1)).toBe(0);
    expect(noiseProbability(1) / noiseProbability(0)).toBeCloseTo(0.5, 12);
    expect([0, 0.5, 0.999999].map(noiseFromUniform)).toEqual([-NOISE_BOUND, 0, NOISE_BOUND]);
  });

  it("gives a cell the same count whenever the period's records are the same, and a fresh draw when they differ", () => {
    const perturb = (fingerprint: string) => keyedPerturbation({ secret, municipalityId: "m", fingerprint });
    expect(perturb("a")("basis", "REFUGEE", 40)).toBe(perturb("a")("basis", "REFUGEE", 40));
    const draws = (fingerprint: (index: number) => string) =>
      Array.from({ length: 2000 }, (_, index) => perturb(fingerprint(index))("basis", "REFUGEE", 40) - 40);
    const fresh = draws((index) => `period-${index}`);
    // Over many periods, the draws follow the law: most within 2, none beyond the bound, centred.
    expect(fresh.filter((noise) => Math.abs(noise) <= 2).length / fresh.length).toBeGreaterThan(0.78);
    expect(Math.max(...fresh.map(Math.abs))).toBeLessThanOrEqual(NOISE_BOUND);
    expect(Math.abs(fresh.reduce((a, b) => a + b, 0) / fresh.length)).toBeLessThan(0.2);
    // Another key gives other draws: without the server's key nobody can tell which noise a count got.
    const other = keyedPerturbation({ secret: Buffer.alloc(32, 8), municipalityId: "m", fingerprint: "a" });
    expect(Array.from({ length: 50 }, (_, count) => other("basis", "X", count + 10))).not.toEqual(
      Array.from({ length: 50 }, (_, count) => perturb("a")("basis", "X", count + 10)),
    );
  });

  it("never shows a count below zero", () => {
    const perturb = keyedPerturbation({ secret, municipalityId: "m", fingerprint: "f" });
    for (let index = 0; index < 500; index++) expect(perturb("nationality", `C${index}`, index % 3)).toBeGreaterThanOrEqual(0);
  });
});
