import { describe, expect, it } from "vitest";
import { protectTable, type TProtectedTable } from "@/lib/stats/suppress-table";
import { createRandom } from "@/lib/stats/synthetic-arrivals";

/**
 * An attacker who sees the protected table and knows the rule: tries every assignment of the
 * unknown cells (small: 1–4, hidden: 5 or more) that adds up to the shown total, and reports each
 * unknown cell that has only one possible value.
 */
function recoverByArithmetic(table: TProtectedTable): number[] {
  if (table.total.kind !== "shown") return [];
  const unknown = table.cells.flatMap((cell, index) => (cell.kind === "shown" ? [] : [index]));
  const rest = table.total.value - table.cells.reduce((sum, cell) => sum + (cell.kind === "shown" ? cell.value : 0), 0);
  const possible = new Map<number, Set<number>>(unknown.map((index) => [index, new Set()]));
  const values: number[] = [];
  const search = (position: number, remaining: number) => {
    if (position === unknown.length) {
      if (remaining === 0) for (const [at, value] of values.entries()) possible.get(unknown[at]!)!.add(value);
      return;
    }
    const cell = table.cells[unknown[position]!]!;
    const [low, high] = cell.kind === "small" ? [1, 4] : [5, remaining];
    for (let value = low; value <= Math.min(high, remaining); value++) {
      values.push(value);
      search(position + 1, remaining - value);
      values.pop();
    }
  };
  search(0, rest);
  return unknown.filter((index) => possible.get(index)!.size === 1);
}

const shownValues = (table: TProtectedTable) => table.cells.map((cell) => (cell.kind === "shown" ? cell.value : null));

describe("protecting a table of counts", () => {
  it("shows a table without small counts as it is", () => {
    expect(protectTable([12, 30, 0, 7])).toEqual({
      cells: [
        { kind: "shown", value: 12 },
        { kind: "shown", value: 30 },
        { kind: "shown", value: 0 },
        { kind: "shown", value: 7 },
      ],
      total: { kind: "shown", value: 49 },
    });
  });

  it("does not let the total of 20, a row of 16 and four small rows give each small row away", () => {
    const naive: TProtectedTable = {
      cells: [{ kind: "shown", value: 16 }, { kind: "small" }, { kind: "small" }, { kind: "small" }, { kind: "small" }],
      total: { kind: "shown", value: 20 },
    };
    expect(recoverByArithmetic(naive)).toEqual([1, 2, 3, 4]);
    const table = protectTable([16, 1, 1, 1, 1]);
    expect(recoverByArithmetic(table)).toEqual([]);
    expect(table.cells[0]).toEqual({ kind: "hidden" });
  });

  it("hides the total when a single small count is all there is", () => {
    expect(protectTable([0, 3, 0])).toEqual({ cells: [{ kind: "shown", value: 0 }, { kind: "small" }, { kind: "shown", value: 0 }], total: { kind: "small" } });
    expect(recoverByArithmetic(protectTable([9, 2]))).toEqual([]);
  });

  it("never leaves a suppressed count that arithmetic recovers, and never changes a shown one (2,000 random tables)", () => {
    const random = createRandom(11);
    for (let round = 0; round < 2000; round++) {
      const size = 2 + Math.floor(random() * 5);
      const counts = Array.from({ length: size }, () => (random() < 0.45 ? Math.floor(random() * 5) : 5 + Math.floor(random() * 9)));
      const table = protectTable(counts);
      expect(recoverByArithmetic(table), JSON.stringify(counts)).toEqual([]);
      for (const [index, value] of shownValues(table).entries()) if (value !== null) expect(value).toBe(counts[index]);
      if (table.total.kind === "shown") expect(table.total.value).toBe(counts.reduce((a, b) => a + b, 0));
      for (const [index, count] of counts.entries()) if (count > 0 && count < 5) expect(table.cells[index]!.kind).toBe("small");
    }
  });
});
