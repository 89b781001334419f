import { auditAs } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import { fromIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import { AppError } from "@/lib/errors";
import type { Language } from "@/lib/generated/prisma/enums";
import { markPacketsOutdatedByStepText } from "@/lib/worklist/packet-state";
import type { TStepText } from "./schemas";

type TUpdateStepTextOptions = {
  user: TActingUser;
  stepId: string;
  language: Language;
  text: TStepText;
  /** When the edit is made (the translations' "older than Danish" compares it); the clock when not given. */
  now?: Date;
};

/**
 * Saves one step's text in one language and bumps the municipality's catalogue version, so the
 * next packet generated uses the new text (packets generated before keep theirs).
 */
export async function updateStepText(db: PrismaClient, options: TUpdateStepTextOptions): Promise<{ catalogueRevision: number }> {
  const { user, stepId, language, text } = options;
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    // Note: the municipality is in the where, so another municipality's step id finds nothing.
    const step = await tx.catalogueStep.findFirst({ where: { id: stepId, municipalityId: user.municipalityId }, select: { id: true, key: true } });
    if (!step) throw new AppError("NOT_FOUND");
    // Named fields only: a caller's extra properties (an id, a timestamp) never reach the row.
    const data = {
      title: text.title,
      body: text.body,
      whereName: text.whereName,
      whereAddress: text.whereAddress,
      whereHours: text.whereHours,
      wherePhone: text.wherePhone,
      whereUrl: text.whereUrl,
      sourceUrl: text.sourceUrl,
      checkedOn: fromIsoDate(text.checkedOn),
      updatedById: user.id,
      updatedAt: now,
      // Written or saved by an administrator: reviewed by the municipality.
      reviewedById: user.id,
      reviewedAt: now,
    };
    await tx.catalogueStepText.upsert({
      where: { stepId_language: { stepId, language } },
      create: { ...data, stepId, language },
      update: data,
    });
    await markPacketsOutdatedByStepText(tx, { municipalityId: user.municipalityId, stepKey: step.key, language, now });
    const municipality = await tx.municipality.update({
      where: { id: user.municipalityId },
      data: { catalogueRevision: { increment: 1 }, catalogueUpdatedAt: now },
      select: { catalogueRevision: true },
    });
    await auditAs(tx, user, {
      action: "catalogue.update",
      entityType: "catalogue-step",
      entityId: step.id,
      metadata: { key: step.key, language, catalogueRevision: municipality.catalogueRevision },
    });
    return municipality;
  });
}
