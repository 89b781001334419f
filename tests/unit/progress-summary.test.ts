import { describe, expect, it } from "vitest";
import { summarizeProgress } from "@/lib/newcomer/progress-summary";
import type { TPacket } from "@/lib/packet/packet-model";

const step = (id: string, deadline: string | null) => ({ id, title: id, deadline }) as TPacket["sections"][number]["steps"][number];
const packet = {
  sections: [
    { id: "first", heading: "", steps: [step("cpr", "2026-09-06"), step("doctor", null)] },
    { id: "everyday", heading: "", steps: [step("bank", "2026-09-01"), step("library", null)] },
  ],
} as unknown as Pick<TPacket, "sections">;

describe("the newcomer's progress", () => {
  it("counts the ticked steps and names the open step with the earliest deadline next", () => {
    expect(summarizeProgress(packet, () => false)).toMatchObject({ done: 0, total: 4, next: { id: "bank" } });
    expect(summarizeProgress(packet, (id) => id === "bank")).toMatchObject({ done: 1, total: 4, next: { id: "cpr" } });
  });

  it("names the first open step when none left has a deadline, and none when all are done", () => {
    expect(summarizeProgress(packet, (id) => id === "bank" || id === "cpr")).toMatchObject({ done: 2, next: { id: "doctor" } });
    expect(summarizeProgress(packet, () => true)).toEqual({ done: 4, total: 4, next: null });
  });
});
