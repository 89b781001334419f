import type { TProtectedTable } from "@/lib/stats/suppress-table";

/**
 * An attacker who sees the protected table and knows the rule: tries every assignment of the
 * unknown cells (small: 1–4, hidden: 5 or more, withheld: any) that adds up to the shown total, and reports each
 * unknown cell that has only one possible value. `knownTotal`: the same total shown by another table.
 */
export function recoverByArithmetic(table: TProtectedTable, knownTotal?: number): number[] {
  const total = table.total.kind === "shown" ? table.total.value : knownTotal;
  if (total === undefined) return [];
  const unknown = table.cells.flatMap((cell, index) => (cell.kind === "shown" ? [] : [index]));
  const rest = total - table.cells.reduce((sum, cell) => sum + (cell.kind === "shown" ? cell.value : 0), 0);
  const possible = new Map<number, Set<number>>(unknown.map((index) => [index, new Set()]));
  const values: number[] = [];
  const search = (position: number, remaining: number) => {
    if (position === unknown.length) {
      if (remaining === 0) for (const [at, value] of values.entries()) possible.get(unknown[at]!)!.add(value);
      return;
    }
    const cell = table.cells[unknown[position]!]!;
    const [low, high] = cell.kind === "small" ? [1, 4] : cell.kind === "withheld" ? [0, remaining] : [5, remaining];
    for (let value = low; value <= Math.min(high, remaining); value++) {
      values.push(value);
      search(position + 1, remaining - value);
      values.pop();
    }
  };
  search(0, rest);
  return unknown.filter((index) => possible.get(index)!.size === 1);
}
