import { describe, expect, it } from "vitest";
import { protectTable, type TProtectedTable } from "@/lib/stats/suppress-table";
import { createRandom } from "@/scripts/seeds/synthetic-arrivals";
import { recoverByArithmetic } from "../support/recover-by-arithmetic";

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

  it("withholds every row when the small counts would add up to the total with nothing left to hide (4 + 4 = 8)", () => {
    const table = protectTable([4, 0, 4]);
    expect(table).toEqual({ cells: [{ kind: "withheld" }, { kind: "withheld" }, { kind: "withheld" }], total: { kind: "shown", value: 8 } });
    expect(recoverByArithmetic(table)).toEqual([]);
  });

  it("shows a total of 1 to 4 as small, and the rows' zeros as they are", () => {
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
      for (const [index, count] of counts.entries()) if (count > 0 && count < 5) expect(["small", "withheld"]).toContain(table.cells[index]!.kind);
    }
  });
});
