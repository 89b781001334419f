import type { TTranslationStatus } from "../translation-status";

/**
 * One translatable field as an XLIFF file carries it, whichever texts it belongs to: a catalogue
 * step's title, text or place name, or a block of the public page. The file and the checks on a
 * translation are the same for both; how a change is stored is each one's own.
 */
export type TXliffFileKind = "catalogue" | "public-page";
export type TXliffField = "title" | "body" | "whereName";

export type TTranslationUnit = {
  file: TXliffFileKind;
  /** The unit's id in its file: `<owner key>.<field>`. */
  id: string;
  /** The step's id, or the public page block's key. */
  ownerId: string;
  ownerKey: string;
  /** The owner as the administrator knows it: its Danish title. */
  ownerLabel: string;
  field: TXliffField;
  /** The Danish master's text of the field. */
  source: string;
  /** The field's text in the language now, if there is one. */
  target: string | null;
  status: TTranslationStatus;
  /** Whether the owner has no text in the language at all (then a translation must bring all `requiredFields`). */
  isNew: boolean;
  requiredFields: readonly TXliffField[];
  /** A text of paragraphs (and lists); otherwise a single line. */
  isMultiline: boolean;
  maxLength: number;
};

/** The placeholders the texts use, each with what a translator must know of it. */
const PLACEHOLDERS: Record<string, string> = {
  "{child}": "Keep {child} as it is: the packet puts the child's name there.",
  "{spouse}": "Keep {spouse} as it is: the packet puts the spouse's or partner's name there.",
  "{municipality}": "Keep {municipality} as it is: the page puts the municipality's name there.",
};
const PLACEHOLDER = /\{(child|spouse|municipality)\}/g;
const PARAGRAPH_BREAK = /\n\s*\n/;

/** Which placeholders a text uses (a translation may name the child once where Danish does twice). */
export const placeholdersOf = (text: string) => [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[0]))].sort();

/** A text's shape: its paragraphs, a list ("- " lines) counted by its items, as the page and the packet split them. */
export function shapeOf(text: string): string {
  return text
    .trim()
    .split(PARAGRAPH_BREAK)
    .map((paragraph) => {
      const lines = paragraph.trim().split("\n");
      return lines.every((line) => line.trim().startsWith("- ")) ? `list:${lines.length}` : "p";
    })
    .join(",");
}

/** What a translator reads beside a unit: its placeholders, its paragraphs or list, and its state. */
export function notesFor(unit: TTranslationUnit): string[] {
  const notes = placeholdersOf(unit.source).map((placeholder) => PLACEHOLDERS[placeholder]!);
  const parts = unit.isMultiline ? shapeOf(unit.source).split(",") : [];
  if (parts.length > 1) notes.push(`Keep the ${parts.length} paragraphs, each separated by a blank line.`);
  if (parts.some((part) => part.startsWith("list:"))) notes.push("Keep the list: one item per line, each line starting with “- ”.");
  if (unit.status === "missing" || !unit.target) notes.push("New: not translated yet.");
  else if (unit.status === "outdated") notes.push("Out of date: the Danish text changed after this translation. Check it against the source.");
  else if (unit.status === "unreviewed") notes.push("Not yet reviewed by the municipality.");
  return notes;
}
