import { describe, expect, it } from "vitest";
import { NEWCOMER_NAMESPACES, PUBLIC_PAGE_NAMESPACES } from "@/lib/i18n/all-messages";
import { isPacketLanguage, PUBLIC_PAGE_LANGUAGES, STAFF_LANGUAGES } from "@/lib/i18n/languages";
import ar from "../../messages/ar.json";
import da from "../../messages/da.json";
import de from "../../messages/de.json";
import en from "../../messages/en.json";
import es from "../../messages/es.json";
import fr from "../../messages/fr.json";
import pl from "../../messages/pl.json";
import ro from "../../messages/ro.json";
import ru from "../../messages/ru.json";
import uk from "../../messages/uk.json";
import zh from "../../messages/zh.json";

type TMessages = { [key: string]: string | TMessages };

function keyPaths(messages: TMessages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === "string" ? [`${prefix}${key}`] : keyPaths(value, `${prefix}${key}.`)));
}

function placeholders(text: string): string[] {
  // ICU arguments only ("{name}", "{count, plural, ...}"), not the words inside plural or select branches ("couple {jeres}").
  return [...text.matchAll(/(?<!\b(?:zero|one|two|few|many|other|couple|=\d+)\s*)\{\s*(\w+)\s*[,}]/g)].map((match) => match[1] ?? "").sort();
}

/** Arguments the code passes to every text that may need them, which English need not use (lib/packet/build-packet.ts). */
const GRAMMATICAL_SELECTORS = ["audience"] as const;

function valueAt(messages: TMessages, path: string): string {
  const value = path.split(".").reduce<string | TMessages>((node, key) => (node as TMessages)[key] as string | TMessages, messages);
  return value as string;
}

const catalogues = { da, de, en, uk, ar, pl, ro, zh, ru, es, fr } as Record<string, TMessages>;
const englishKeys = keyPaths(en).sort();
const isStaffLanguage = (locale: string) => (STAFF_LANGUAGES as readonly string[]).includes(locale);
// A packet language beyond the staff's three speaks only to newcomers: it has the newcomer namespaces;
// a language only the public page speaks has the public page's.
const namespacesOf = (locale: string): readonly string[] | null =>
  isStaffLanguage(locale) ? null : isPacketLanguage(locale) ? NEWCOMER_NAMESPACES : PUBLIC_PAGE_NAMESPACES;
const keysExpectedIn = (locale: string) => englishKeys.filter((path) => namespacesOf(locale)?.includes(path.split(".")[0]!) ?? true);

describe("message catalogues", () => {
  it("has a catalogue for every language of the site", () => {
    expect(Object.keys(catalogues).sort()).toEqual([...PUBLIC_PAGE_LANGUAGES].sort());
  });

  it.each(Object.keys(catalogues))(
    "%s has exactly the keys of the English catalogue (its tier's namespaces for a newcomer's or the public page's language)",
    (locale) => {
      expect(keyPaths(catalogues[locale]!).sort()).toEqual(keysExpectedIn(locale));
    },
  );

  it.each(Object.keys(catalogues))("%s uses the same placeholders as English and no empty texts", (locale) => {
    for (const path of keysExpectedIn(locale)) {
      const text = valueAt(catalogues[locale]!, path);
      expect(text.trim(), `${locale}: ${path}`).not.toBe("");
      // A language may choose its words by what English grammar does not mark: "you" to one or to a couple.
      const chosenBy = placeholders(text).filter((name) => !(GRAMMATICAL_SELECTORS as readonly string[]).includes(name));
      expect(chosenBy, `${locale}: ${path}`).toEqual(placeholders(valueAt(en as TMessages, path)).filter((name) => name !== "audience"));
    }
  });

  it.each(Object.keys(catalogues))("%s has no tag-like text, which next-intl would read as rich text and show the key instead", (locale) => {
    for (const path of keysExpectedIn(locale)) {
      expect(valueAt(catalogues[locale]!, path), `${locale}: ${path}`).not.toMatch(/<\/?[A-Za-z][^>]*>/);
    }
  });
});

describe("the Danish texts, as a Danish reader expects them", () => {
  it("uses natural Danish where a literal translation crept in", () => {
    expect(valueAt(da, "arrivalForm.expectedStayMonths")).toBe("Forventet opholdslængde (måneder)");
    const all = keyPaths(da).map((path) => valueAt(da, path));
    // Word-for-word English ("Gemningen", "opholdets længde") and mixed verbs ("print"/"udskriv") for the same act.
    for (const text of all) expect(text).not.toMatch(/Gemningen|opholdets længde|\bprint(e|et)?\b|login-forsøg/);
  });

  it("says how Danish letters can be typed, in every language the search speaks", () => {
    for (const messages of [da, de, en]) expect(valueAt(messages, "arrivalSearch.queryHint")).toContain("Østergård");
  });
});
