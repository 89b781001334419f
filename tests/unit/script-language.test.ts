import { describe, expect, it } from "vitest";
import { languageForScript, nameLanguagesOf, scriptOf, scriptRuns } from "@/lib/text/script-language";

describe("the script of a text", () => {
  it("is the script of its first letter, past digits, spaces and punctuation", () => {
    expect(scriptOf("Олена")).toBe("Cyrl");
    expect(scriptOf(" (2014) ليلى")).toBe("Arab");
    expect(scriptOf("Ελένη")).toBe("Grek");
    expect(scriptOf("王")).toBe("Hani");
    expect(scriptOf("Søren")).toBe("Latn");
    expect(scriptOf("12, –")).toBeNull();
  });
});

describe("the language a name in another script is read in", () => {
  it("is the nationality's official language written in that script", () => {
    expect(languageForScript("Cyrl", "UA")).toBe("uk");
    expect(languageForScript("Cyrl", "BG")).toBe("bg");
    expect(languageForScript("Arab", "IR")).toBe("fa");
    expect(languageForScript("Arab", "SY")).toBe("ar");
    expect(languageForScript("Hani", "CN")).toBe("zh");
    expect(languageForScript("Hani", "JP")).toBe("ja");
  });

  it("is the script's most likely language when the nationality writes it in no official language", () => {
    expect(languageForScript("Cyrl", "SY")).toBe("ru");
    expect(languageForScript("Grek", "PL")).toBe("el");
    expect(languageForScript("Arab", null)).toBe("ar");
  });

  it("is listed per script the household's names use besides the packet's own", () => {
    expect(nameLanguagesOf(["Олена Коваленко", "Марія Коваленко"], { documentLanguage: "de", nationality: "UA" })).toEqual({ Cyrl: "uk" });
    expect(nameLanguagesOf(["Søren Müller", "Ελένη Παπαδοπούλου"], { documentLanguage: "en", nationality: "PL" })).toEqual({ Grek: "el" });
    expect(nameLanguagesOf(["Jürgen Weiß"], { documentLanguage: "da", nationality: "DE" })).toEqual({});
  });
});

describe("a text cut where its script changes", () => {
  it("keeps a name's words together and leaves the punctuation around it outside", () => {
    expect(scriptRuns("Kære Олена Коваленко, welcome")).toEqual([
      { text: "Kære", script: "Latn" },
      { text: " ", script: null },
      { text: "Олена Коваленко", script: "Cyrl" },
      { text: ", ", script: null },
      { text: "welcome", script: "Latn" },
    ]);
    expect(scriptRuns("School for Марія Коваленко (child, born 11 March 2014)").map((run) => run.text)).toEqual([
      "School for",
      " ",
      "Марія Коваленко",
      " (",
      "child, born 11 March",
      " 2014)",
    ]);
    expect(scriptRuns("")).toEqual([]);
  });
});
