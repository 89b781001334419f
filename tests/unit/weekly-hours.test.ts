import { describe, expect, it } from "vitest";
import { formatWeeklyHours, officeHoursIn, type TWeeklyHours } from "@/lib/municipalities/weekly-hours";

const open = (from: string, to: string) => [{ from, to }];
const BORGERSERVICE: TWeeklyHours = [
  open("10:00", "15:00"),
  open("10:00", "15:00"),
  open("10:00", "15:00"),
  open("10:00", "17:00"),
  open("10:00", "13:00"),
  [],
  [],
];

describe("opening hours written out", () => {
  it("runs days with the same hours together and leaves closed days out, in each packet language", () => {
    expect(formatWeeklyHours(BORGERSERVICE, "en-GB")).toBe("Mon–Wed 10:00–15:00, Thu 10:00–17:00, Fri 10:00–13:00");
    expect(formatWeeklyHours(BORGERSERVICE, "da-DK")).toBe("man.–ons. 10.00–15.00, tors. 10.00–17.00, fre. 10.00–13.00");
    expect(formatWeeklyHours(BORGERSERVICE, "de-DE")).toBe("Mo–Mi 10:00–15:00, Do 10:00–17:00, Fr 10:00–13:00");
  });

  it("writes two openings on one day, and a week of the same hours as one run", () => {
    const split: TWeeklyHours = [
      [
        { from: "09:00", to: "12:00" },
        { from: "13:00", to: "15:30" },
      ],
      [],
      [],
      [],
      [],
      [],
      [],
    ];
    expect(formatWeeklyHours(split, "en-GB")).toBe("Mon 09:00–12:00, 13:00–15:30");
    expect(
      formatWeeklyHours(
        Array.from({ length: 7 }, () => open("07:00", "22:00")),
        "en-GB",
      ),
    ).toBe("Mon–Sun 07:00–22:00");
  });
});

describe("an office's hours with its note", () => {
  const library = { weeklyHours: null, openingHours: { da: "Selvbetjening 7–22", en: "Self-service 7–22" } };

  it("takes the note in the language, else the Danish master's (the packet), else English's first where asked (the public page)", () => {
    expect(officeHoursIn(library, "en")).toBe("Self-service 7–22");
    expect(officeHoursIn(library, "uk")).toBe("Selvbetjening 7–22");
    expect(officeHoursIn(library, "zh", ["en", "da"])).toBe("Self-service 7–22");
    expect(officeHoursIn({ weeklyHours: null, openingHours: { da: "Selvbetjening" } }, "zh", ["en", "da"])).toBe("Selvbetjening");
    expect(officeHoursIn({ weeklyHours: null, openingHours: {} }, "zh", ["en", "da"])).toBeNull();
  });
});
