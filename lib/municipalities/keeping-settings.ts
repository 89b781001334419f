import { z } from "zod";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import { LINK_VALIDITY_MONTHS, RETENTION_MONTHS } from "./keeping-limits";
import { recordMunicipalityChange } from "./record-municipality-change";

export { LINK_VALIDITY_MONTHS, RETENTION_MONTHS };

const months = (bounds: { min: number; max: number }) =>
  z
    .string()
    .trim()
    .refine((value) => /^\d{1,3}$/.test(value) && Number(value) >= bounds.min && Number(value) <= bounds.max, { error: "outOfRange" })
    .transform(Number);

export const ZKeepingSettings = z.object({
  linkValidityMonths: months(LINK_VALIDITY_MONTHS),
  retentionMonths: months(RETENTION_MONTHS),
  // A shorter retention anonymises more arrivals at the next nightly run: it must be confirmed.
  confirmShorter: z.string().optional(),
});
export type TKeepingInput = { linkValidityMonths: string; retentionMonths: string; confirmShorter?: string };

export async function getKeepingSettings(db: PrismaClient, municipalityId: string) {
  return db.municipality.findUnique({ where: { id: municipalityId }, select: { linkValidityMonths: true, retentionMonths: true } });
}

export type TKeepingResult = { status: "saved" } | { status: "confirm-shorter"; from: number; to: number };

/** Saves the periods; a shorter retention than before is saved only when the administrator confirmed it. */
export async function updateKeepingSettings(
  db: PrismaClient,
  options: { admin: TActingUser; linkValidityMonths: number; retentionMonths: number; isShorterConfirmed: boolean },
): Promise<TKeepingResult> {
  const { admin } = options;
  return db.$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<{ retentionMonths: number; linkValidityMonths: number }[]>`
      SELECT "retentionMonths", "linkValidityMonths" FROM "Municipality" WHERE id = ${admin.municipalityId}::uuid FOR UPDATE`;
    if (!current) throw new Error("The administrator's municipality does not exist");
    if (options.retentionMonths < current.retentionMonths && !options.isShorterConfirmed) {
      return { status: "confirm-shorter", from: current.retentionMonths, to: options.retentionMonths } as const;
    }
    await tx.municipality.update({
      where: { id: admin.municipalityId },
      data: { linkValidityMonths: options.linkValidityMonths, retentionMonths: options.retentionMonths },
    });
    await recordMunicipalityChange(tx, {
      admin,
      isShownInPackets: false,
      metadata: {
        part: "periods",
        linkValidityMonths: { from: current.linkValidityMonths, to: options.linkValidityMonths },
        retentionMonths: { from: current.retentionMonths, to: options.retentionMonths },
      },
    });
    return { status: "saved" } as const;
  });
}
