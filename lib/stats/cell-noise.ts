import { createHmac } from "node:crypto";

/**
 * The small, fixed perturbation every count on the managers' dashboard carries
 * (docs/decisions/006): a count is shown as `max(0, count + noise)`, the noise drawn from a
 * two-sided geometric law, P(k) ∝ 2^-|k| for |k| ≤ NOISE_BOUND. Every count is within
 * NOISE_BOUND of the truth; 83 % are within 2, 96 % within 4, 1.3 off on average.
 *
 * The draw is a keyed hash (HMAC with a server key) of the period's fingerprint, the cell and its
 * true count: the same period over the same records always shows the same numbers (asking again
 * averages nothing away), while two periods whose records differ by one arrival get new draws
 * for every cell, so their difference does not single out the cell that arrival is in.
 */
export const NOISE_BOUND = 10;
const RATIO = 0.5;

/** The cumulative distribution over -NOISE_BOUND..NOISE_BOUND. */
const CUMULATIVE = (() => {
  const weights = Array.from({ length: 2 * NOISE_BOUND + 1 }, (_, index) => RATIO ** Math.abs(index - NOISE_BOUND));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let running = 0;
  return weights.map((weight) => (running += weight / total));
})();

/** The noise for a uniform number in [0, 1). */
export function noiseFromUniform(uniform: number): number {
  const index = CUMULATIVE.findIndex((bound) => uniform < bound);
  return (index === -1 ? CUMULATIVE.length - 1 : index) - NOISE_BOUND;
}

/** The probability of each noise value, for attackers in the tests and for the stated error. */
export function noiseProbability(noise: number): number {
  if (Math.abs(noise) > NOISE_BOUND) return 0;
  const index = noise + NOISE_BOUND;
  return CUMULATIVE[index]! - (index === 0 ? 0 : CUMULATIVE[index - 1]!);
}

export type TPerturb = (dimension: string, key: string, count: number) => number;

/** No perturbation: counts as they are (the raw layer, and the unit tests of the suppression rule). */
export const exactCounts: TPerturb = (_dimension, _key, count) => count;

/**
 * The perturbation for one period's counts. `fingerprint` names the period's records (see
 * periodFingerprint in read-counts.ts); `secret` keeps the draws unpredictable to anyone who knows
 * this code and guesses a count.
 */
export function keyedPerturbation(options: { secret: Buffer; municipalityId: string; fingerprint: string }): TPerturb {
  return (dimension, key, count) => {
    const digest = createHmac("sha256", options.secret)
      .update(`${options.municipalityId}\u0000${options.fingerprint}\u0000${dimension}\u0000${key}\u0000${count}`)
      .digest();
    const uniform = digest.readUIntBE(0, 6) / 2 ** 48;
    return Math.max(0, count + noiseFromUniform(uniform));
  };
}
