/** Counts below this are shown as "fewer than 5" so no single person can be singled out. */
export const SMALL_COUNT_THRESHOLD = 5;

export type TSuppressedCount = { value: number; isSuppressed: false } | { value: null; isSuppressed: true };

export function suppressSmallCount(count: number): TSuppressedCount {
  return count > 0 && count < SMALL_COUNT_THRESHOLD ? { value: null, isSuppressed: true } : { value: count, isSuppressed: false };
}
