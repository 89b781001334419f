import { randomBytes } from "node:crypto";
import { z } from "zod";
import { auditAs } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import { danishDayOf, fromIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toStepDefinition } from "@/lib/steps/load-step-definitions";
import { ZDeadlineRule, ZStepRule, ZStepSection } from "@/lib/steps/step-definition";
import { STEP_KEYS } from "@/lib/steps/step-keys";
import { ZStepTextSchema } from "./schemas";

/** A step's settings as the administrator edits them: on or off, its group and order, its place, who gets it and by when. */
export const ZStepSettings = z.object({
  isActive: z.boolean(),
  section: ZStepSection,
  position: z.number().int().min(0).max(999),
  placeId: z.uuid().nullable(),
  rules: z.array(ZStepRule).min(1, { error: "noRule" }).max(10),
  deadline: ZDeadlineRule,
});
export type TStepSettings = z.infer<typeof ZStepSettings>;

/** A new step's Danish master text, checked as every step text is; the translations are written on the text pages, flagged missing until then. */
export const ZLocalStepText = ZStepTextSchema.pick({ title: true, body: true });

export type TStepSettingsView = {
  id: string;
  key: string;
  /** One of the steps every municipality was given (its rules can be changed, it can be switched off, never deleted). */
  isBuiltIn: boolean;
  title: string;
  settings: TStepSettings;
};

const SETTINGS_SELECT = {
  id: true,
  key: true,
  isActive: true,
  section: true,
  position: true,
  placeId: true,
  rules: true,
  deadlineRule: true,
  texts: { where: { language: "da" }, select: { title: true } },
} as const satisfies Prisma.CatalogueStepSelect;

/** One step of the administrator's municipality with its settings; null when it is not theirs. */
export async function getStepSettings(db: PrismaClient, options: { user: TActingUser; stepId: string }): Promise<TStepSettingsView | null> {
  const step = await db.catalogueStep.findFirst({ where: { id: options.stepId, municipalityId: options.user.municipalityId }, select: SETTINGS_SELECT });
  if (!step) return null;
  const definition = toStepDefinition(step);
  return {
    id: step.id,
    key: step.key,
    isBuiltIn: (STEP_KEYS as readonly string[]).includes(step.key),
    title: step.texts[0]?.title ?? step.key,
    settings: {
      isActive: step.isActive,
      section: step.section,
      position: step.position,
      placeId: step.placeId,
      rules: definition.rules,
      deadline: definition.deadline,
    },
  };
}

type TSettingsOutcome = "saved" | "not-found" | "place-not-found";

/**
 * Saves a step's settings. The packets made from now on follow them at once (the catalogue's
 * revision goes up); the households' stored steps and deadlines (work list, reminders' statistics)
 * are recomputed by the steps-refresh job, which the rules revision tells which ones are behind.
 */
export async function updateStepSettings(
  db: PrismaClient,
  options: { user: TActingUser; stepId: string; settings: TStepSettings; now?: Date },
): Promise<TSettingsOutcome> {
  const { user, settings } = options;
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const step = await tx.catalogueStep.findFirst({ where: { id: options.stepId, municipalityId: user.municipalityId }, select: { id: true, key: true } });
    if (!step) return "not-found";
    if (settings.placeId && !(await tx.office.findFirst({ where: { id: settings.placeId, municipalityId: user.municipalityId }, select: { id: true } }))) {
      return "place-not-found";
    }
    await tx.catalogueStep.update({ where: { id: step.id }, data: settingsColumns(settings) });
    await noteRulesChanged(tx, user, now);
    await auditAs(tx, user, { action: "catalogue.rules", entityType: "catalogue-step", entityId: step.id, metadata: { key: step.key, ...settings } });
    return "saved";
  });
}

/**
 * Adds a municipality's own step with its Danish master text and its settings; its key is made
 * from the title ("local-sundhedsplejer-3f2a"), unique by a random tail (drawn again in the rare
 * case it is taken). Null when the place is not the municipality's.
 */
export async function createLocalStep(
  db: PrismaClient,
  options: { user: TActingUser; settings: TStepSettings; text: z.infer<typeof ZLocalStepText>; now?: Date },
): Promise<{ stepId: string; key: string } | null> {
  const { user, settings, text } = options;
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    if (settings.placeId && !(await tx.office.findFirst({ where: { id: settings.placeId, municipalityId: user.municipalityId }, select: { id: true } }))) {
      return null;
    }
    const taken = new Set((await tx.catalogueStep.findMany({ where: { municipalityId: user.municipalityId }, select: { key: true } })).map((step) => step.key));
    let key = localStepKey(text.title);
    while (taken.has(key)) key = localStepKey(text.title);
    const step = await tx.catalogueStep.create({
      data: {
        municipalityId: user.municipalityId,
        key,
        ...settingsColumns(settings),
        texts: {
          create: { language: "da", title: text.title, body: text.body, checkedOn: fromIsoDate(danishDayOf(now)), updatedById: user.id, updatedAt: now },
        },
      },
      select: { id: true },
    });
    await noteRulesChanged(tx, user, now);
    await auditAs(tx, user, { action: "catalogue.add", entityType: "catalogue-step", entityId: step.id, metadata: { key, ...settings } });
    return { stepId: step.id, key };
  });
}

function settingsColumns(settings: TStepSettings) {
  return {
    isActive: settings.isActive,
    section: settings.section,
    position: settings.position,
    placeId: settings.placeId,
    rules: settings.rules,
    deadlineRule: settings.deadline,
  };
}

/** Packets follow a changed step at once; the households' stored steps by the refresh job. */
async function noteRulesChanged(tx: Prisma.TransactionClient, user: TActingUser, now: Date) {
  await tx.municipality.update({
    where: { id: user.municipalityId },
    data: { stepRulesRevision: { increment: 1 }, catalogueRevision: { increment: 1 }, catalogueUpdatedAt: now },
  });
}

const FOLDED: Record<string, string> = { æ: "ae", ø: "oe", å: "aa", ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/** "Sundhedsplejerske" → "local-sundhedsplejer-3f2a": readable in a URL or a CSV, at most 27 characters. */
export function localStepKey(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[æøåäöüß]/g, (letter) => FOLDED[letter] ?? letter)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 14)
    .replace(/-+$/, "");
  return `local-${slug ? `${slug}-` : ""}${randomBytes(2).toString("hex")}`;
}
