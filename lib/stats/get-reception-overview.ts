import type { PrismaClient } from "@/lib/db-client";
import type { ResidenceBasis } from "@/lib/generated/prisma/enums";
import { suppressSmallCount, type TSuppressedCount } from "./suppress-small-counts";

export type TReceptionOverview = {
  total: TSuppressedCount;
  thisYear: TSuppressedCount;
  byResidenceBasis: { residenceBasis: ResidenceBasis; count: TSuppressedCount }[];
};

/** Aggregates only, with small counts suppressed: managers never see a single person. */
export async function getReceptionOverview(db: PrismaClient, options: { municipalityId: string; today?: Date }): Promise<TReceptionOverview> {
  const today = options.today ?? new Date();
  const startOfYear = new Date(Date.UTC(today.getUTCFullYear(), 0, 1));
  const where = { municipalityId: options.municipalityId };
  const [total, thisYear, grouped] = await Promise.all([
    db.arrival.count({ where }),
    db.arrival.count({ where: { ...where, arrivalDate: { gte: startOfYear } } }),
    db.arrival.groupBy({ by: ["residenceBasis"], where, _count: { _all: true }, orderBy: { residenceBasis: "asc" } }),
  ]);
  return {
    total: suppressSmallCount(total),
    thisYear: suppressSmallCount(thisYear),
    byResidenceBasis: grouped.map((row) => ({ residenceBasis: row.residenceBasis, count: suppressSmallCount(row._count._all) })),
  };
}
