import { z } from "zod";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import { recordMunicipalityChange } from "@/lib/municipalities/record-municipality-change";

/** The days after which an unopened link puts a household under "not reached" (the database checks the same range). */
export const NOT_REACHED_DAYS_RANGE = { min: 1, max: 90 } as const;

export const ZWorkListSettings = z.object({
  notReachedAfterDays: z.coerce.number().int().min(NOT_REACHED_DAYS_RANGE.min).max(NOT_REACHED_DAYS_RANGE.max),
});
export type TWorkListSettings = z.infer<typeof ZWorkListSettings>;

export async function getWorkListSettings(db: PrismaClient, municipalityId: string): Promise<TWorkListSettings | null> {
  return db.municipality.findUnique({ where: { id: municipalityId }, select: { notReachedAfterDays: true } });
}

/** Saves the administrator's choice, with the change in the audit log (from and to). */
export async function saveWorkListSettings(db: PrismaClient, options: { admin: TActingUser; settings: TWorkListSettings }): Promise<void> {
  const { admin, settings } = options;
  await db.$transaction(async (tx) => {
    const current = await tx.municipality.findUniqueOrThrow({ where: { id: admin.municipalityId }, select: { notReachedAfterDays: true } });
    await tx.municipality.update({ where: { id: admin.municipalityId }, data: settings });
    await recordMunicipalityChange(tx, {
      admin,
      isShownInPackets: false,
      metadata: { part: "work-list", notReachedAfterDays: { from: current.notReachedAfterDays, to: settings.notReachedAfterDays } },
    });
  });
}
