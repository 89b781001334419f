import { z } from "zod";
import { MASTER_LANGUAGE, PUBLIC_PAGE_LANGUAGES, type TSiteLanguage } from "@/lib/i18n/languages";
import { normaliseLineEnds, paragraphsOf } from "@/lib/text/paragraphs";
import { isCleanLine, isCleanText } from "@/lib/validation/text";
import ar from "./default-texts/ar.json" with { type: "json" };
import da from "./default-texts/da.json" with { type: "json" };
import de from "./default-texts/de.json" with { type: "json" };
import en from "./default-texts/en.json" with { type: "json" };
import es from "./default-texts/es.json" with { type: "json" };
import fr from "./default-texts/fr.json" with { type: "json" };
import pl from "./default-texts/pl.json" with { type: "json" };
import ro from "./default-texts/ro.json" with { type: "json" };
import ru from "./default-texts/ru.json" with { type: "json" };
import uk from "./default-texts/uk.json" with { type: "json" };
import zh from "./default-texts/zh.json" with { type: "json" };

/**
 * The public welcome page's texts a municipality writes, in the order the page shows them: the
 * welcome (its title is the page's heading), the way in through Citizen Service (the offices follow
 * it), what to bring, where to get help. Each is a title and a body in every page language.
 */
export const PUBLIC_PAGE_BLOCKS = ["welcome", "way-in", "bring", "help"] as const;
export type TPublicPageBlock = (typeof PUBLIC_PAGE_BLOCKS)[number];
export const ZPublicPageBlock = z.enum(PUBLIC_PAGE_BLOCKS);
export const ZSiteLanguage = z.enum(PUBLIC_PAGE_LANGUAGES);

export const PUBLIC_PAGE_TEXT_LIMITS = { title: 200, body: 4000 } as const;

/** The one placeholder: the page puts the municipality's name there. */
export const MUNICIPALITY_PLACEHOLDER = "{municipality}";

export type TPublicPageText = { title: string; body: string };

/** The texts Ankomst ships, translated from the Danish master (lib/welcome/default-texts). */
export const DEFAULT_PUBLIC_PAGE_TEXTS: Record<TSiteLanguage, Record<TPublicPageBlock, TPublicPageText>> = {
  da,
  en,
  de,
  uk,
  ar,
  pl,
  ro,
  zh,
  ru,
  es,
  fr,
};

/**
 * Which language a block is shown in when the page's own has no text: English, which most
 * newcomers read better than Danish, then the Danish master.
 */
export const FALLBACK_LANGUAGES: readonly TSiteLanguage[] = ["en", MASTER_LANGUAGE];

export type TBodyPart = { kind: "paragraph"; text: string } | { kind: "list"; items: string[] };

/**
 * A body as the page shows it: paragraphs split at blank lines; a paragraph whose every line starts
 * with "- " is a list (what to bring), so an administrator writes a list as they would in an e-mail.
 */
export function bodyParts(body: string): TBodyPart[] {
  return paragraphsOf(body).map((paragraph) => {
    const lines = paragraph.split("\n").map((line) => line.trim());
    return lines.every((line) => line.startsWith("- "))
      ? { kind: "list", items: lines.map((line) => line.slice(2).trim()) }
      : { kind: "paragraph", text: lines.join(" ") };
  });
}

export const fillMunicipality = (text: string, municipality: string) => text.replaceAll(MUNICIPALITY_PLACEHOLDER, municipality);

export const ZPublicPageTextSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, { error: "required" })
    .max(PUBLIC_PAGE_TEXT_LIMITS.title, { error: "tooLong" })
    .refine(isCleanLine, { error: "invalidCharacters" }),
  // Stored with "\n" line ends, as the catalogue's: the page splits paragraphs at blank lines.
  body: z
    .string()
    .overwrite(normaliseLineEnds)
    .trim()
    .min(1, { error: "required" })
    .max(PUBLIC_PAGE_TEXT_LIMITS.body, { error: "tooLong" })
    .refine(isCleanText, { error: "invalidCharacters" }),
});
export type TPublicPageTextInput = z.input<typeof ZPublicPageTextSchema>;
