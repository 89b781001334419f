/**
 * What a text typed into Ankomst may contain. Postgres refuses NUL outright (error 22021); other
 * control characters and the invisible bidirectional overrides have no place in a name or an
 * address and can make a printed letter read differently from what was stored.
 */

// Control characters (C0, DEL, C1) except tab, line feed and carriage return.
const CONTROL = /(?![\t\n\r])\p{Cc}/u;
// Bidirectional embeddings, overrides and isolates (the "Trojan Source" characters).
const BIDI_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/u;
// A lone surrogate is not text (it cannot be stored as UTF-8).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const LINE_BREAK = /[\n\r]/;

/** For one-line fields: names, addresses, titles. */
export function isCleanLine(value: string): boolean {
  return !CONTROL.test(value) && !BIDI_OVERRIDE.test(value) && !LONE_SURROGATE.test(value) && !LINE_BREAK.test(value);
}

/** For texts of several lines: a step's body, opening hours. */
export function isCleanText(value: string): boolean {
  return !CONTROL.test(value) && !BIDI_OVERRIDE.test(value) && !LONE_SURROGATE.test(value);
}

/** A name has at least one letter, in any script: not only spaces, digits or invisible characters. */
export function hasLetter(value: string): boolean {
  return /\p{L}/u.test(value);
}

const NOT_SEARCHABLE = new RegExp(`${CONTROL.source}|${BIDI_OVERRIDE.source}|${LONE_SURROGATE.source}|[\\n\\r\\t]`, "gu");

/** A search as typed, with what nobody searches for (controls, overrides, broken characters) made spaces. */
export function toSearchableText(value: string): string {
  return value.replace(NOT_SEARCHABLE, " ").trim();
}
