import js2xliff, { type TXliffUnit } from "xliff/js2xliff";
import xliff2js from "xliff/xliff2js";
import type { PrismaClient } from "@/lib/db-client";
import { MASTER_LANGUAGE, type TPacketLanguage } from "@/lib/i18n/languages";
import { inPacketOrder } from "@/lib/steps/load-step-definitions";
import { isCleanLine, isCleanText } from "@/lib/validation/text";
import { STEP_TEXT_LIMITS } from "../schemas";
import { translationStatus } from "../translation-status";

/**
 * The catalogue as an XLIFF 2.0 file for translators (memoQ, Trados, Weblate read it): one unit per
 * translatable field of each step, the Danish master as source, notes for placeholders, paragraphs
 * and the unit's state. Read back by `readCatalogueXliff`, which refuses a file for another
 * municipality, language or an older master.
 */

/** The fields a translator translates; the rest of a step's place comes from the office or is data. */
export const XLIFF_FIELDS = ["title", "body", "whereName"] as const;
export type TXliffField = (typeof XLIFF_FIELDS)[number];

const PLACEHOLDER = /\{(child|spouse)\}/g;
const PARAGRAPH_BREAK = /\n\s*\n/g;

/** The one file of an export names the municipality it is for. */
export const xliffFileId = (slug: string) => `ankomst-catalogue-${slug}`;
export const xliffFileName = (slug: string, language: TPacketLanguage) => `ankomst-${slug}-catalogue-${language}.xlf`;
const unitId = (stepKey: string, field: TXliffField) => `${stepKey}.${field}`;

/** Which placeholders a text uses (a translation may name the child once where Danish does twice). */
const placeholdersOf = (text: string) => [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[0]))].sort();
const paragraphCount = (text: string) => text.trim().split(PARAGRAPH_BREAK).length;

type TTextRow = { language: string; title: string; body: string; whereName: string | null; updatedAt: Date; reviewedAt: Date | null };

async function catalogueFor(db: PrismaClient, municipalityId: string, language: TPacketLanguage) {
  const [municipality, steps] = await Promise.all([
    db.municipality.findUnique({ where: { id: municipalityId }, select: { slug: true } }),
    db.catalogueStep.findMany({
      where: { municipalityId },
      select: {
        id: true,
        key: true,
        section: true,
        position: true,
        texts: {
          where: { language: { in: [MASTER_LANGUAGE, language] } },
          select: { language: true, title: true, body: true, whereName: true, updatedAt: true, reviewedAt: true },
        },
      },
    }),
  ]);
  return { slug: municipality?.slug ?? null, steps: inPacketOrder(steps) };
}

function notesFor(field: TXliffField, source: string, translation: TTextRow | undefined, master: TTextRow): string[] {
  const notes: string[] = [];
  if (placeholdersOf(source).includes("{child}")) notes.push("Keep {child} as it is: the packet puts the child's name there.");
  if (placeholdersOf(source).includes("{spouse}")) notes.push("Keep {spouse} as it is: the packet puts the spouse's or partner's name there.");
  if (field === "body" && paragraphCount(source) > 1) notes.push(`Keep the ${paragraphCount(source)} paragraphs, each separated by a blank line.`);
  const status = translationStatus(translation, master);
  if (status === "missing" || !translation?.[field]) notes.push("New: not translated yet.");
  else if (status === "outdated") notes.push("Out of date: the Danish text changed after this translation. Check it against the source.");
  else if (status === "unreviewed") notes.push("Not yet reviewed by the municipality.");
  return notes;
}

/** The catalogue's texts in `language` as XLIFF 2.0, with the Danish master as source. Null for an unknown municipality or the master itself. */
export async function exportCatalogueXliff(
  db: PrismaClient,
  options: { municipalityId: string; language: TPacketLanguage },
): Promise<{ fileName: string; xml: string } | null> {
  if (options.language === MASTER_LANGUAGE) return null;
  const { slug, steps } = await catalogueFor(db, options.municipalityId, options.language);
  if (!slug) return null;
  const units: Record<string, TXliffUnit> = {};
  for (const step of steps) {
    const master = step.texts.find((text) => text.language === MASTER_LANGUAGE);
    if (!master) continue;
    const translation = step.texts.find((text) => text.language === options.language);
    for (const field of XLIFF_FIELDS) {
      const source = master[field];
      if (!source) continue;
      const target = translation?.[field] ?? undefined;
      units[unitId(step.key, field)] = { source, ...(target ? { target } : {}), note: notesFor(field, source, translation, master) };
    }
  }
  const xml = await js2xliff({ sourceLanguage: MASTER_LANGUAGE, targetLanguage: options.language, resources: { [xliffFileId(slug)]: units } });
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

export type TXliffChange = { stepId: string; stepKey: string; step: string; field: TXliffField; before: string | null; after: string };

export type TXliffReading = { ok: true; changes: TXliffChange[] } | { ok: false; problems: TXliffProblem[] };

const LIMITS: Record<TXliffField, number> = { title: STEP_TEXT_LIMITS.title, body: STEP_TEXT_LIMITS.body, whereName: STEP_TEXT_LIMITS.whereName };

/**
 * What importing a translated file would change, or why it is refused: another municipality's or
 * language's file, a unit whose Danish source is no longer the master (the file is older than a
 * change of the master), a translation that drops or adds a placeholder, changes the paragraphs,
 * is too long or holds forbidden characters. Units left untranslated or unchanged are skipped.
 */
export async function readCatalogueXliff(
  db: PrismaClient,
  options: { municipalityId: string; language: TPacketLanguage; xml: string },
): Promise<TXliffReading> {
  const document = await xliff2js(options.xml).catch(() => null);
  if (!document || typeof document !== "object" || !document.resources || document.xliffVersion !== undefined)
    return { ok: false, problems: [{ kind: "not-xliff" }] };
  if (document.sourceLanguage !== MASTER_LANGUAGE || document.targetLanguage !== options.language) {
    return { ok: false, problems: [{ kind: "wrong-language", found: document.targetLanguage ?? "" }] };
  }
  const { slug, steps } = await catalogueFor(db, options.municipalityId, options.language);
  const files = Object.entries(document.resources);
  if (!slug || files.length !== 1 || files[0]![0] !== xliffFileId(slug)) return { ok: false, problems: [{ kind: "wrong-municipality" }] };

  const byKey = new Map(steps.map((step) => [step.key, step]));
  const problems: TXliffProblem[] = [];
  const changes: TXliffChange[] = [];
  for (const [id, unit] of Object.entries(files[0]![1])) {
    const [stepKey, field] = [id.slice(0, id.lastIndexOf(".")), id.slice(id.lastIndexOf(".") + 1)] as [string, TXliffField];
    const step = byKey.get(stepKey);
    const master = step?.texts.find((text) => text.language === MASTER_LANGUAGE);
    if (!step || !master || !(XLIFF_FIELDS as readonly string[]).includes(field)) {
      problems.push({ kind: "unknown-unit", unit: id });
      continue;
    }
    const target = typeof unit.target === "string" ? unit.target.trim() : "";
    const before = step.texts.find((text) => text.language === options.language)?.[field] ?? null;
    // Untranslated, or as the catalogue has it already: nothing to check or change.
    if (target === "" || target === before) continue;
    const source = typeof unit.source === "string" ? unit.source : "";
    const name = master.title;
    if (source !== master[field]) problems.push({ kind: "master-changed", unit: id, step: name });
    else if (placeholdersOf(target).join() !== placeholdersOf(source).join()) problems.push({ kind: "placeholders", unit: id, step: name });
    else if (field === "body" ? paragraphCount(target) !== paragraphCount(source) : target.includes("\n"))
      problems.push({ kind: "paragraphs", unit: id, step: name });
    else if (target.length > LIMITS[field]) problems.push({ kind: "too-long", unit: id, step: name, max: LIMITS[field] });
    // Control and direction-override characters are never stored or printed, as the text form refuses them.
    else if (!(field === "body" ? isCleanText(target) : isCleanLine(target))) problems.push({ kind: "invalid-characters", unit: id, step: name });
    else changes.push({ stepId: step.id, stepKey, step: name, field, before, after: target });
  }
  // A step not yet translated needs its title and text in the file: half a translation would print Danish.
  for (const step of steps) {
    const isNew = !step.texts.some((text) => text.language === options.language);
    const fields = new Set(changes.filter((change) => change.stepId === step.id).map((change) => change.field));
    if (isNew && fields.size > 0 && !(fields.has("title") && fields.has("body"))) {
      problems.push({ kind: "incomplete", step: step.texts.find((text) => text.language === MASTER_LANGUAGE)?.title ?? step.key });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, changes };
}
