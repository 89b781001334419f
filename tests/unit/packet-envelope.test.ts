import { describe, expect, it } from "vitest";
import { samplePacket } from "@/lib/packet/sample-packet";

describe("the letter's address block and greeting", () => {
  it("addresses the envelope in Latin letters where the name has them, and greets with the name as written", () => {
    const packet = samplePacket({ language: "en", person: ["Олена", "Коваленко"], latinName: "Olena Kovalenko", nationality: "UA", household: {} });
    expect(packet.recipient.name).toBe("Olena Kovalenko");
    expect(packet.greeting).toContain("Олена Коваленко");
    expect(packet.greeting).not.toContain("Olena");
  });

  it("uses the name as written when there is no Latin spelling", () => {
    const packet = samplePacket({ language: "da", person: ["Jonas", "Müller"], household: {} });
    expect(packet.recipient.name).toBe("Jonas Müller");
  });
});
