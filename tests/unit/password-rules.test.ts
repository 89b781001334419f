import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/users/password-rules";

const CONTEXT = { email: "jens.hansen@herning.dk", municipalityName: "Herning" };

describe("the password rules (NIST SP 800-63B)", () => {
  it.each([
    ["short1!", "tooShort"],
    ["elevenchars", "tooShort"],
    ["😀😀😀😀😀😀😀😀😀😀😀", "tooShort"],
    ["x".repeat(201), "tooLong"],
    ["123456789012", "common"],
    ["QWERTY123456", "common"],
    ["Administrator", "common"],
    ["jens.hansen2026", "personal"],
    ["Herning-2026!", "personal"],
    ["ankomst123456", "personal"],
    // The e-mail address itself, however written.
    ["jens.hansen@herning.dk", "personal"],
    ["JENS.HANSEN@HERNING.DK", "personal"],
    ["jens.hansen@herning.dk1", "personal"],
  ])("refuses %s (%s)", (password, problem) => {
    expect(passwordProblem(password, CONTEXT)).toBe(problem);
  });

  it.each(["korrekt hest batteri hæfteklamme", "twelve chars", "lilla-elefant-på-cykel", "😀😀😀😀😀😀😀😀😀😀😀😀", "Herning har en fin å"])(
    "accepts %s: no rules on which kinds of characters",
    (password) => {
      expect(passwordProblem(password, CONTEXT)).toBeNull();
    },
  );
});
