import { auditAs } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import { MASTER_LANGUAGE, type TPacketLanguage } from "@/lib/i18n/languages";
import { markPacketsOutdatedByStepText } from "@/lib/worklist/packet-state";
import { readCatalogueXliff, type TXliffChange, type TXliffReading } from "./catalogue-xliff";

/**
 * Applies a translated file in one transaction, read again against the catalogue as it is now (the
 * master may have changed since the preview): every change or none. An imported translation counts
 * as reviewed, the administrator having seen the preview. The next packets use it; audited.
 */
export async function applyCatalogueXliff(
  db: PrismaClient,
  options: { user: TActingUser; language: TPacketLanguage; xml: string; now?: Date },
): Promise<TXliffReading> {
  const { user, language } = options;
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const reading = await readCatalogueXliff(tx as unknown as PrismaClient, { municipalityId: user.municipalityId, language, xml: options.xml });
    if (!reading.ok || reading.changes.length === 0) return reading;
    const byStep = new Map<string, TXliffChange[]>();
    for (const change of reading.changes) byStep.set(change.stepId, [...(byStep.get(change.stepId) ?? []), change]);
    for (const [stepId, changes] of byStep) await applyStepChanges(tx as unknown as PrismaClient, { stepId, language, changes, user, now });
    const municipality = await tx.municipality.update({
      where: { id: user.municipalityId },
      data: { catalogueRevision: { increment: 1 }, catalogueUpdatedAt: now },
      select: { catalogueRevision: true },
    });
    await auditAs(tx, user, {
      action: "catalogue.import",
      entityType: "catalogue",
      entityId: null,
      metadata: { language, steps: byStep.size, units: reading.changes.length, catalogueRevision: municipality.catalogueRevision },
    });
    return reading;
  });
}

async function applyStepChanges(
  tx: PrismaClient,
  options: { stepId: string; language: TPacketLanguage; changes: TXliffChange[]; user: TActingUser; now: Date },
): Promise<void> {
  const { stepId, language, changes, user, now } = options;
  const fields = Object.fromEntries(changes.map((change) => [change.field, change.after]));
  const stamp = { updatedAt: now, updatedById: user.id, reviewedAt: now, reviewedById: user.id };
  const existing = await tx.catalogueStepText.findUnique({ where: { stepId_language: { stepId, language } }, select: { id: true } });
  if (existing) {
    await tx.catalogueStepText.update({ where: { id: existing.id }, data: { ...fields, ...stamp } });
  } else {
    // A first translation: what is not translated (the place's data, the source) comes from the master.
    const master = await tx.catalogueStepText.findUniqueOrThrow({ where: { stepId_language: { stepId, language: MASTER_LANGUAGE } } });
    await tx.catalogueStepText.create({
      data: {
        stepId,
        language,
        title: master.title,
        body: master.body,
        whereName: master.whereName,
        whereAddress: master.whereAddress,
        whereHours: master.whereHours,
        wherePhone: master.wherePhone,
        whereUrl: master.whereUrl,
        sourceUrl: master.sourceUrl,
        checkedOn: master.checkedOn,
        ...fields,
        ...stamp,
      },
    });
  }
  await markPacketsOutdatedByStepText(tx, { municipalityId: user.municipalityId, stepKey: changes[0]!.stepKey, language, now });
}
