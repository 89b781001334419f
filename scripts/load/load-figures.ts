/**
 * What `npm run test:load` measured, reduced to figures: plain functions over the recorded
 * requests, unit-tested (tests/unit/load-figures.test.ts).
 */

/**
 * - expected: the answer a working Ankomst gives (a page, a redirect after a save, a PDF);
 * - unavailable: a clean 503 (Retry-After, no internals in the body), what the database being away should give;
 * - wrong: anything else (a 500, a bare 503, a refused connection, a timeout, a page with internals).
 */
export type TOutcome = "expected" | "unavailable" | "wrong";

export type TSample = { kind: string; startedAt: number; endedAt: number; outcome: TOutcome; status: number | null; note?: string };

/** From the moment Postgres is stopped until it accepts connections again. */
export type TOutageWindow = { from: number; to: number };

export type TKindFigures = { kind: string; requests: number; p50: number; p95: number; p99: number; errors: number; outageErrors: number; unavailable: number };

export type TLoadFigures = {
  seconds: number;
  rps: number;
  p95: number;
  p99: number;
  pagesP95: number;
  errors: number;
  outageErrors: number;
  unavailable: number;
  kinds: TKindFigures[];
  firstWrong: TSample[];
};

/** Nearest-rank percentile of sorted values; 0 for none. */
export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

/** A request that was under way at any moment of the outage may fail, cleanly; every other one must work. */
export function isDuringOutage(sample: Pick<TSample, "startedAt" | "endedAt">, outage: TOutageWindow | null): boolean {
  return outage !== null && sample.startedAt <= outage.to && sample.endedAt >= outage.from;
}

const latencies = (samples: TSample[]) => samples.map((sample) => sample.endedAt - sample.startedAt).sort((a, b) => a - b);

/**
 * Latency percentiles are taken over the requests outside the outage (inside it, a fast 503 or a
 * request held until the database came back says nothing about the app's speed).
 */
export function summarizeLoad(samples: TSample[], options: { outage: TOutageWindow | null; seconds: number; pageKinds: string[] }): TLoadFigures {
  const normal = samples.filter((sample) => !isDuringOutage(sample, options.outage));
  const during = samples.filter((sample) => isDuringOutage(sample, options.outage));
  const isError = (sample: TSample) => sample.outcome !== "expected";
  const isOutageError = (sample: TSample) => sample.outcome === "wrong";
  const kinds = [...new Set(samples.map((sample) => sample.kind))].sort().map((kind): TKindFigures => {
    const ofKind = (list: TSample[]) => list.filter((sample) => sample.kind === kind);
    const sorted = latencies(ofKind(normal));
    return {
      kind,
      requests: ofKind(samples).length,
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      p99: percentile(sorted, 0.99),
      errors: ofKind(normal).filter(isError).length,
      outageErrors: ofKind(during).filter(isOutageError).length,
      unavailable: ofKind(during).filter((sample) => sample.outcome === "unavailable").length,
    };
  });
  const all = latencies(normal);
  return {
    seconds: options.seconds,
    rps: samples.length / options.seconds,
    p95: percentile(all, 0.95),
    p99: percentile(all, 0.99),
    pagesP95: percentile(latencies(normal.filter((sample) => options.pageKinds.includes(sample.kind))), 0.95),
    errors: normal.filter(isError).length,
    outageErrors: during.filter(isOutageError).length,
    unavailable: during.filter((sample) => sample.outcome === "unavailable").length,
    kinds,
    firstWrong: [...normal.filter(isError), ...during.filter(isOutageError)].slice(0, 10),
  };
}
