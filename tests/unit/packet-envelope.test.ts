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

describe("the letter's form of address", () => {
  const couple = (language: "da" | "de" | "en" | "pl" | "ar", spouseFamilyName = "Kovalchuk") =>
    samplePacket({
      language,
      person: ["Dmytro", "Kovalchuk"],
      household: { spouse: { givenName: "Olena", familyName: spouseFamilyName, seekingWork: true } },
    });
  const single = (language: "da" | "de" | "pl") => samplePacket({ language, person: ["Dmytro", "Kovalchuk"], household: {} });

  it("greets both adults of a couple, by name and neutrally, in the way the language lists them", () => {
    expect(couple("da").greeting).toBe("Kære Dmytro og Olena Kovalchuk");
    expect(couple("de").greeting).toBe("Guten Tag Dmytro und Olena Kovalchuk,");
    expect(couple("en", "Petrenko").greeting).toBe("Dear Dmytro Kovalchuk and Olena Petrenko,");
    expect(couple("ar", "Petrenko").greeting).toBe("مرحبًا Dmytro Kovalchuk و Olena Petrenko،");
    // "Liebe/r" guessed at a gender; the form does not ask how anyone wishes to be addressed.
    expect(single("de").greeting).toBe("Guten Tag Dmytro Kovalchuk,");
  });

  it("speaks to a couple in the plural and to one newcomer in the singular, throughout the letter's own words", () => {
    const toCouple = couple("da");
    for (const text of [toCouple.welcome, toCouple.link.heading, toCouple.link.text, toCouple.stepsHeading, toCouple.sections[0]!.heading]) {
      expect(text).not.toMatch(/\b(du|dig|din|dit|dine)\b/i);
    }
    expect(toCouple.welcome).toContain("at I har valgt at bo her");
    expect(toCouple.link.heading).toBe("Jeres personlige side");
    const toOne = single("da");
    for (const text of [toOne.welcome, toOne.link.text]) expect(text).not.toMatch(/\b(I|jer|jeres)\b/);
    expect(toOne.welcome).toContain("at du har valgt at bo her");
    expect(couple("pl").link.text).toMatch(/^Zeskanujcie /);
    expect(single("pl").link.text).toMatch(/^Zeskanuj /);
  });

  it("keeps the catalogue's Danish to one form of address: the school step no longer says 'I' and 'Jeres'", () => {
    const withChild = samplePacket({
      language: "da",
      person: ["Dmytro", "Kovalchuk"],
      household: { children: [{ id: "sofiia", givenName: "Sofiia", familyName: "Kovalchuk", dateOfBirth: "2018-04-01" }] },
    });
    const school = withChild.sections.flatMap((section) => section.steps).find((step) => step.key === "school-enrolment")!;
    expect(school.paragraphs.join(" ")).not.toMatch(/\b(I|Jeres|jer)\b/);
  });
});

describe("a sample packet (previews, warm-up, the benchmark)", () => {
  it("gives a spouse given without an id the steps of its own, apart from the household's, as a stored spouse has", () => {
    const packet = samplePacket({
      language: "en",
      person: ["Jürgen", "Weiß"],
      household: { spouse: { givenName: "Anna", familyName: "Weiß", seekingWork: true } },
    });
    const stepIds = packet.sections.flatMap((section) => section.steps.map((step) => step.id));
    expect(stepIds.filter((id) => id.startsWith("cpr-registration"))).toHaveLength(2);
    expect(new Set(stepIds).size).toBe(stepIds.length);
  });
});
