"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { asFormData } from "@/lib/forms/form-data";
import { retryableAction } from "@/lib/forms/retryable";
import { PUBLIC_PAGE_LANGUAGES } from "@/lib/i18n/languages";
import { redirect } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { expirePublicWelcomePages } from "@/lib/welcome/public-welcome-freshness";
import { applyCatalogueXliff } from "./apply-catalogue-xliff";
import { readCatalogueXliff, type TXliffChange, type TXliffProblem } from "./catalogue-xliff";

/** A catalogue's file is some tens of kilobytes; a file larger than this is something else. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type TXliffImportState =
  | { ok: true; language: string; xml: string; changes: TXliffChange[] }
  | { ok: false; message: string; problems: string[] }
  | null;

const ZLanguage = z.enum(PUBLIC_PAGE_LANGUAGES).exclude(["da"]);
const ZPreview = z.object({ language: ZLanguage, file: z.instanceof(File) });
const ZApply = z.object({ language: ZLanguage, xml: z.string().min(1).max(MAX_FILE_BYTES), locale: z.enum(routing.locales) });

async function explain(problems: readonly TXliffProblem[]): Promise<string[]> {
  const t = await getTranslations("catalogue.xliff.problems");
  const say: { [K in TXliffProblem["kind"]]: (problem: Extract<TXliffProblem, { kind: K }>) => string } = {
    "not-xliff": () => t("notXliff"),
    "wrong-language": (problem) => t("wrongLanguage", { found: problem.found || "?" }),
    "wrong-municipality": () => t("wrongMunicipality"),
    "unknown-unit": (problem) => t("unknownUnit", { unit: problem.unit }),
    "master-changed": (problem) => t("masterChanged", { step: problem.step }),
    placeholders: (problem) => t("placeholders", { step: problem.step }),
    paragraphs: (problem) => t("paragraphs", { step: problem.step }),
    "too-long": (problem) => t("tooLong", { step: problem.step, max: problem.max }),
    "invalid-characters": (problem) => t("invalidCharacters", { step: problem.step }),
    incomplete: (problem) => t("incomplete", { step: problem.step }),
  };
  return problems.map((problem) => (say[problem.kind] as (problem: TXliffProblem) => string)(problem));
}

/**
 * One action for both steps of an import, so the form works the same whichever is posted:
 * `check` reads an uploaded file and answers what it would change (nothing is stored; the file's
 * text comes back for the next step); `apply` applies that text, read again against the catalogue
 * as it is now, then goes back to the page, which says how many texts were imported.
 */
export async function importXliffAction(_previous: TXliffImportState, received: FormData): Promise<TXliffImportState> {
  const formData = asFormData(received);
  return retryableAction(
    "catalogue.import",
    () => (formData.get("intent") === "apply" ? applyXliff(formData) : checkXliff(formData)),
    // The database away: nothing was applied; the file can be sent again in a moment.
    async () => ({ ok: false, message: (await getTranslations("common"))("saveFailed"), problems: [] }),
  );
}

async function checkXliff(formData: FormData): Promise<TXliffImportState> {
  const user = await requireUser({ role: "ADMIN" });
  const t = await getTranslations("catalogue.xliff");
  const input = ZPreview.safeParse({ language: formData.get("language"), file: formData.get("file") });
  if (!input.success || input.data.file.size === 0) return { ok: false, message: t("notImported"), problems: [t("problems.fileMissing")] };
  if (input.data.file.size > MAX_FILE_BYTES) return { ok: false, message: t("notImported"), problems: [t("problems.fileTooLarge")] };
  const xml = await input.data.file.text();
  const reading = await readCatalogueXliff(db, { municipalityId: user.municipalityId, language: input.data.language, xml });
  if (!reading.ok) return { ok: false, message: t("notImported"), problems: await explain(reading.problems) };
  return { ok: true, language: input.data.language, xml, changes: reading.changes };
}

async function applyXliff(formData: FormData): Promise<TXliffImportState> {
  const user = await requireUser({ role: "ADMIN" });
  const t = await getTranslations("catalogue.xliff");
  const input = ZApply.safeParse({ language: formData.get("language"), xml: formData.get("xml"), locale: formData.get("locale") });
  if (!input.success) return { ok: false, message: t("notImported"), problems: [t("problems.notXliff")] };
  const result = await applyCatalogueXliff(db, { user, language: input.data.language, xml: input.data.xml });
  if (!result.ok) return { ok: false, message: t("notImported"), problems: await explain(result.problems) };
  revalidatePath("/[locale]/admin/catalogue", "layout");
  if (result.changes.some((change) => change.file === "public-page")) expirePublicWelcomePages();
  return redirect({ href: `/admin/catalogue/translations?imported=${result.changes.length}`, locale: input.data.locale });
}
