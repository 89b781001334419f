/** Counts below this are shown as "fewer than 5" so no single person can be singled out. */
export const SMALL_COUNT_THRESHOLD = 5;

/**
 * A count as a manager may see it: the number, "fewer than 5" (a small count, primary
 * suppression), hidden (secondary suppression: a larger count not shown, so that the small ones
 * cannot be worked out from the total and the other cells), or withheld (a row of a table that is
 * not broken down at all: it may be any number, zero included).
 */
export type TProtectedCount = { kind: "shown"; value: number } | { kind: "small" } | { kind: "hidden" } | { kind: "withheld" };

export type TProtectedTable = { cells: TProtectedCount[]; total: TProtectedCount };

type TDomain = { low: number; high: number };

const isSmall = (count: number) => count > 0 && count < SMALL_COUNT_THRESHOLD;

/** What a reader knows of a protected cell: its possible values before any arithmetic. */
function domainOf(cell: TProtectedCount, unknownSum: number): TDomain {
  if (cell.kind === "shown") return { low: cell.value, high: cell.value };
  if (cell.kind === "small") return { low: 1, high: SMALL_COUNT_THRESHOLD - 1 };
  if (cell.kind === "withheld") return { low: 0, high: unknownSum };
  // A reader who knows this rule knows a hidden count is not a small one.
  return { low: SMALL_COUNT_THRESHOLD, high: unknownSum };
}

/**
 * The values each suppressed cell can still take, given the shown total: the sum of the unknown
 * cells is the total minus the shown cells, and each lies in its domain. A cell whose range is a
 * single value has been worked out.
 */
export function feasibleRanges(table: TProtectedTable): (TDomain | null)[] {
  if (table.total.kind !== "shown") return table.cells.map(() => null);
  const shownSum = table.cells.reduce((sum, cell) => sum + (cell.kind === "shown" ? cell.value : 0), 0);
  const unknownSum = table.total.value - shownSum;
  const domains = table.cells.map((cell) => domainOf(cell, unknownSum));
  const lowSum = domains.reduce((sum, domain, index) => sum + (table.cells[index]!.kind === "shown" ? 0 : domain.low), 0);
  const highSum = domains.reduce((sum, domain, index) => sum + (table.cells[index]!.kind === "shown" ? 0 : domain.high), 0);
  return table.cells.map((cell, index) => {
    if (cell.kind === "shown") return null;
    const domain = domains[index]!;
    return {
      low: Math.max(domain.low, unknownSum - (highSum - domain.high)),
      high: Math.min(domain.high, unknownSum - (lowSum - domain.low)),
    };
  });
}

const isWorkedOut = (table: TProtectedTable) => feasibleRanges(table).some((range) => range !== null && range.low === range.high);

/**
 * Protects one table of counts with its total: counts from 1 to 4 become "fewer than 5", and as
 * long as one of them could still be worked out from the total and the other cells, the smallest
 * shown count is hidden as well. When nothing is left to hide (every non-zero count is already
 * suppressed, as in 4 + 4 = 8), the table is not broken down: every row is withheld and the total
 * shown. Hiding the total instead would not help, since the dashboard's other tables show the same
 * total. Zero stays zero: it reveals no one.
 */
export function protectTable(counts: readonly number[], shownTotal?: number): TProtectedTable {
  // A perturbed table (decision 006) shows the total's own perturbed count, not the sum of its cells' perturbed counts.
  const total = shownTotal ?? counts.reduce((sum, count) => sum + count, 0);
  const cells: TProtectedCount[] = counts.map((count) => (isSmall(count) ? { kind: "small" } : { kind: "shown", value: count }));
  const table: TProtectedTable = { cells, total: isSmall(total) ? { kind: "small" } : { kind: "shown", value: total } };
  while (table.total.kind === "shown" && isWorkedOut(table)) {
    const candidates = counts.map((count, index) => ({ count, index })).filter(({ count, index }) => count > 0 && cells[index]!.kind === "shown");
    if (candidates.length === 0) {
      return { cells: counts.map(() => ({ kind: "withheld" })), total: { kind: "shown", value: total } };
    }
    const smallest = candidates.reduce((best, candidate) => (candidate.count < best.count ? candidate : best));
    cells[smallest.index] = { kind: "hidden" };
  }
  return table;
}
