import js2xliff, { type TXliffUnit } from "xliff/js2xliff";
import xliff2js from "xliff/xliff2js";
import type { PrismaClient } from "@/lib/db-client";
import { MASTER_LANGUAGE, type TSiteLanguage } from "@/lib/i18n/languages";
import { normaliseLineEnds } from "@/lib/text/paragraphs";
import { isCleanLine, isCleanText } from "@/lib/validation/text";
import { catalogueUnits } from "./catalogue-units";
import { publicPageUnits } from "./public-page-units";
import { notesFor, placeholdersOf, shapeOf, type TTranslationUnit, type TXliffField, type TXliffFileKind } from "./translation-units";

/**
 * A municipality's texts in one language as an XLIFF 2.0 file for translators (memoQ, Trados,
 * Weblate read it): the catalogue's steps (in a packet language) and the public page's blocks,
 * each a `<file>` of its own, one unit per translatable field, the Danish master as source, notes
 * for placeholders, paragraphs and the unit's state. Read back by `readCatalogueXliff`, which
 * refuses a file for another municipality, language or an older master.
 */

const FILE_IDS: Record<TXliffFileKind, (slug: string) => string> = {
  catalogue: (slug) => `ankomst-catalogue-${slug}`,
  "public-page": (slug) => `ankomst-public-page-${slug}`,
};
export const xliffFileName = (slug: string, language: TSiteLanguage) => `ankomst-${slug}-catalogue-${language}.xlf`;

async function unitsFor(db: PrismaClient, municipalityId: string, language: TSiteLanguage) {
  const [municipality, catalogue, publicPage] = await Promise.all([
    db.municipality.findUnique({ where: { id: municipalityId }, select: { slug: true } }),
    catalogueUnits(db, municipalityId, language),
    publicPageUnits(db, municipalityId, language),
  ]);
  return { slug: municipality?.slug ?? null, units: [...catalogue, ...publicPage] };
}

/** The texts in `language` as XLIFF 2.0, with the Danish master as source. Null for an unknown municipality or the master itself. */
export async function exportCatalogueXliff(
  db: PrismaClient,
  options: { municipalityId: string; language: TSiteLanguage },
): Promise<{ fileName: string; xml: string } | null> {
  if (options.language === MASTER_LANGUAGE) return null;
  const { slug, units } = await unitsFor(db, options.municipalityId, options.language);
  if (!slug) return null;
  const resources: Record<string, Record<string, TXliffUnit>> = {};
  for (const unit of units) {
    const fileId = FILE_IDS[unit.file](slug);
    resources[fileId] ??= {};
    const notes = notesFor(unit);
    // No empty <notes/>: the xliff library cannot read one back (a reviewed unit without placeholders has none).
    resources[fileId][unit.id] = { source: unit.source, ...(unit.target ? { target: unit.target } : {}), ...(notes.length > 0 ? { note: notes } : {}) };
  }
  const xml = await js2xliff({ sourceLanguage: MASTER_LANGUAGE, targetLanguage: options.language, resources });
  return { fileName: xliffFileName(slug, options.language), xml };
}

export type TXliffProblem =
  | { kind: "not-xliff" }
  | { kind: "wrong-language"; found: string }
  | { kind: "wrong-municipality" }
  | { kind: "unknown-unit"; unit: string }
  | { kind: "master-changed"; unit: string; step: string }
  | { kind: "placeholders"; unit: string; step: string }
  | { kind: "paragraphs"; unit: string; step: string }
  | { kind: "too-long"; unit: string; step: string; max: number }
  | { kind: "invalid-characters"; unit: string; step: string }
  | { kind: "incomplete"; step: string };

/** One field a file changes: a step's (its id) or a public page block's (its key). */
export type TXliffChange = { file: TXliffFileKind; ownerId: string; ownerKey: string; step: string; field: TXliffField; before: string | null; after: string };

export type TXliffReading = { ok: true; changes: TXliffChange[] } | { ok: false; problems: TXliffProblem[] };

/** Why a translation of `unit` cannot be taken, or null. */
function problemWith(unit: TTranslationUnit, source: string, target: string): TXliffProblem | null {
  const at = { unit: unit.id, step: unit.ownerLabel };
  if (source !== unit.source) return { kind: "master-changed", ...at };
  if (placeholdersOf(target).join() !== placeholdersOf(source).join()) return { kind: "placeholders", ...at };
  if (unit.isMultiline ? shapeOf(target) !== shapeOf(source) : target.includes("\n")) return { kind: "paragraphs", ...at };
  if (target.length > unit.maxLength) return { kind: "too-long", ...at, max: unit.maxLength };
  // Control and direction-override characters are never stored or printed, as the text forms refuse them.
  if (!(unit.isMultiline ? isCleanText(target) : isCleanLine(target))) return { kind: "invalid-characters", ...at };
  return null;
}

/**
 * What importing a translated file would change, or why it is refused: another municipality's or
 * language's file, a unit whose Danish source is no longer the master (the file is older than a
 * change of the master), a translation that drops or adds a placeholder, changes the paragraphs or
 * a list, is too long or holds forbidden characters. Units left untranslated or unchanged are skipped.
 */
export async function readCatalogueXliff(db: PrismaClient, options: { municipalityId: string; language: TSiteLanguage; xml: string }): Promise<TXliffReading> {
  // Line ends as XML defines them (a parser reads "\r\n" as "\n"; this one does not): a file saved on
  // Windows, or posted back from the preview form (which sends "\r\n"), compares with the master as written.
  const document = await xliff2js(normaliseLineEnds(options.xml)).catch(() => null);
  if (!document || typeof document !== "object" || !document.resources || document.xliffVersion !== undefined)
    return { ok: false, problems: [{ kind: "not-xliff" }] };
  if (document.sourceLanguage !== MASTER_LANGUAGE || document.targetLanguage !== options.language) {
    return { ok: false, problems: [{ kind: "wrong-language", found: document.targetLanguage ?? "" }] };
  }
  const { slug, units } = await unitsFor(db, options.municipalityId, options.language);
  const fileKinds = new Map(slug ? (Object.keys(FILE_IDS) as TXliffFileKind[]).map((kind) => [FILE_IDS[kind](slug), kind]) : []);
  const files = Object.entries(document.resources);
  if (files.length === 0 || files.some(([id]) => !fileKinds.has(id))) return { ok: false, problems: [{ kind: "wrong-municipality" }] };

  const problems: TXliffProblem[] = [];
  const changes: TXliffChange[] = [];
  for (const [fileId, fileUnits] of files) {
    const kind = fileKinds.get(fileId)!;
    for (const [id, received] of Object.entries(fileUnits)) {
      const unit = units.find((candidate) => candidate.file === kind && candidate.id === id);
      if (!unit) {
        problems.push({ kind: "unknown-unit", unit: id });
        continue;
      }
      const target = typeof received.target === "string" ? received.target.trim() : "";
      // Untranslated, or as Ankomst has it already: nothing to check or change.
      if (target === "" || target === unit.target) continue;
      const problem = problemWith(unit, typeof received.source === "string" ? received.source : "", target);
      if (problem) problems.push(problem);
      else
        changes.push({
          file: kind,
          ownerId: unit.ownerId,
          ownerKey: unit.ownerKey,
          step: unit.ownerLabel,
          field: unit.field,
          before: unit.target,
          after: target,
        });
    }
  }
  problems.push(...incompleteFirstTranslations(units, changes));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, changes };
}

/** A text not yet translated needs its title and text in the file: half a translation would show Danish. */
function incompleteFirstTranslations(units: readonly TTranslationUnit[], changes: readonly TXliffChange[]): TXliffProblem[] {
  const owners = new Map(units.filter((unit) => unit.isNew).map((unit) => [`${unit.file}:${unit.ownerId}`, unit]));
  return [...owners].flatMap(([owner, unit]) => {
    const fields = new Set(changes.filter((change) => `${change.file}:${change.ownerId}` === owner).map((change) => change.field));
    return fields.size > 0 && !unit.requiredFields.every((field) => fields.has(field)) ? [{ kind: "incomplete" as const, step: unit.ownerLabel }] : [];
  });
}
