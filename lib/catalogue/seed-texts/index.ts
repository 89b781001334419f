import type { TPacketLanguage } from "@/lib/i18n/languages";
import ar from "./ar.json" with { type: "json" };
import pl from "./pl.json" with { type: "json" };
import ro from "./ro.json" with { type: "json" };
import uk from "./uk.json" with { type: "json" };

/** A built-in step's text in one language; `whereName` where the step's place is named per language. */
export type TSeedText = { title: string; body: string; whereName?: string };

/**
 * The built-in steps' texts translated from the Danish master for the packet languages beyond the
 * three the catalogue started with, by step key. Shipped unreviewed (LANGUAGES[…].isShippedReviewed):
 * the catalogue overview flags them until an administrator has read them.
 */
export const SHIPPED_TRANSLATIONS: Partial<Record<TPacketLanguage, Record<string, TSeedText>>> = { uk, ar, pl, ro };
