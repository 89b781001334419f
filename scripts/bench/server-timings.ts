/** The nearest-rank percentile of a list of timings (p from 0 to 1). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

/** Runs `work` a few times to warm up, then `runs` times, one after the other; the milliseconds of each timed run. */
export async function timed(work: () => Promise<unknown>, options: { runs: number; warmup?: number }): Promise<number[]> {
  for (let run = 0; run < (options.warmup ?? 3); run++) await work();
  const timings: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    const started = performance.now();
    await work();
    timings.push(performance.now() - started);
  }
  return timings;
}
