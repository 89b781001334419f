import { auditAs } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import { isPacketLanguage, MASTER_LANGUAGE, type TPacketLanguage, type TSiteLanguage } from "@/lib/i18n/languages";
import type { TPublicPageBlock } from "@/lib/welcome/public-page-blocks";
import { markPacketsOutdatedByStepText } from "@/lib/worklist/packet-state";
import { readCatalogueXliff, type TXliffChange, type TXliffReading } from "./catalogue-xliff";

/**
 * Applies a translated file in one transaction, read again against the texts as they are now (the
 * master may have changed since the preview): every change or none. An imported translation counts
 * as reviewed, the administrator having seen the preview. The next packets and the public page use
 * it; audited.
 */
export async function applyCatalogueXliff(
  db: PrismaClient,
  options: { user: TActingUser; language: TSiteLanguage; xml: string; now?: Date },
): Promise<TXliffReading> {
  const { user, language } = options;
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const client = tx as unknown as PrismaClient;
    const reading = await readCatalogueXliff(client, { municipalityId: user.municipalityId, language, xml: options.xml });
    if (!reading.ok || reading.changes.length === 0) return reading;
    const byOwner = new Map<string, TXliffChange[]>();
    for (const change of reading.changes) byOwner.set(`${change.file}:${change.ownerId}`, [...(byOwner.get(`${change.file}:${change.ownerId}`) ?? []), change]);
    const owners = [...byOwner.values()];
    const steps = owners.filter((changes) => changes[0]!.file === "catalogue");
    const blocks = owners.filter((changes) => changes[0]!.file === "public-page");
    for (const changes of steps) {
      if (isPacketLanguage(language)) await applyStepChanges(client, { stepId: changes[0]!.ownerId, language, changes, user, now });
    }
    for (const changes of blocks) await applyPublicPageChanges(client, { block: changes[0]!.ownerKey as TPublicPageBlock, language, changes, user, now });
    const municipality =
      steps.length > 0
        ? await tx.municipality.update({
            where: { id: user.municipalityId },
            data: { catalogueRevision: { increment: 1 }, catalogueUpdatedAt: now },
            select: { catalogueRevision: true },
          })
        : null;
    await auditAs(tx, user, {
      action: "catalogue.import",
      entityType: "catalogue",
      entityId: null,
      metadata: {
        language,
        steps: steps.length,
        publicPageBlocks: blocks.length,
        units: reading.changes.length,
        ...(municipality ? { catalogueRevision: municipality.catalogueRevision } : {}),
      },
    });
    return reading;
  });
}

async function applyPublicPageChanges(
  tx: PrismaClient,
  options: { block: TPublicPageBlock; language: TSiteLanguage; changes: TXliffChange[]; user: TActingUser; now: Date },
): Promise<void> {
  const { block, language, changes, user, now } = options;
  const fields = Object.fromEntries(changes.map((change) => [change.field, change.after])) as { title?: string; body?: string };
  const stamp = { updatedAt: now, updatedById: user.id, reviewedAt: now, reviewedById: user.id };
  const where = { municipalityId_block_language: { municipalityId: user.municipalityId, block, language } };
  // A first translation brings both fields (readCatalogueXliff refuses half of one).
  await tx.publicPageText.upsert({
    where,
    create: { municipalityId: user.municipalityId, block, language, title: fields.title ?? "", body: fields.body ?? "", ...stamp },
    update: { ...fields, ...stamp },
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
  await markPacketsOutdatedByStepText(tx, { municipalityId: user.municipalityId, stepKey: changes[0]!.ownerKey, language, now });
}
