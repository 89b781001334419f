import { describe, expect, it } from "vitest";
import { samplePacket } from "@/lib/packet/sample-packet";

// The sample packet is dated 2 September 2026; this household arrived three weeks before.
const threeWeeksAgo = (language: "en" | "de" | "da") =>
  samplePacket({ language, person: ["Ana", "Silva"], household: { arrivalDate: "2026-08-12", residenceBasis: "EU_EEA_SWISS" } });
const stepsOf = (packet: ReturnType<typeof samplePacket>) => packet.sections.flatMap((section) => section.steps);

describe("deadlines on the letter's date", () => {
  it("reads 'as soon as possible' with the original date when the deadline has passed", () => {
    const cpr = stepsOf(threeWeeksAgo("en")).find((step) => step.key === "cpr-registration")!;
    expect(cpr.deadline).toBe("2026-08-17");
    expect(cpr.deadlineLabel).toBe("Deadline: as soon as possible (original deadline: 17 August 2026)");
    expect(stepsOf(threeWeeksAgo("de")).find((step) => step.key === "cpr-registration")!.deadlineLabel).toBe(
      "Frist: so bald wie möglich (ursprüngliche Frist: 17. August 2026)",
    );
    expect(stepsOf(threeWeeksAgo("da")).find((step) => step.key === "cpr-registration")!.deadlineLabel).toBe(
      "Frist: hurtigst muligt (oprindelig frist: 17. august 2026)",
    );
  });

  it("never prints a bare date in the past, and keeps future deadlines as dates", () => {
    const steps = stepsOf(threeWeeksAgo("en"));
    for (const step of steps.filter((candidate) => candidate.deadline && candidate.deadline < "2026-09-02")) {
      expect(step.deadlineLabel).toMatch(/^Deadline: as soon as possible \(original deadline: /);
    }
    const eu = steps.find((step) => step.key === "eu-residence-document")!;
    expect(eu.deadline! > "2026-09-02").toBe(true);
    expect(eu.deadlineLabel).toBe("Deadline: 12 November 2026");
  });

  it("tells the newcomer in the footer how current the information is", () => {
    expect(threeWeeksAgo("en").footerStamp).toBe("Information updated 1 November 2026");
    expect(threeWeeksAgo("de").footerStamp).toBe("Informationen aktualisiert am 1. November 2026");
  });
});
