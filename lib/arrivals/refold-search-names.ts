import type { PrismaClient } from "@/lib/db-client";
import { SEARCH_FOLD_VERSION, toSearchName } from "./search-name";

const BATCH = 2_000;

type TStaleName = { id: string; givenName: string; familyName: string; latinName?: string | null; isAnonymised: boolean };

/**
 * Search names stored with an older foldForSearch (or none yet), made again with the current one,
 * in batches, for arrivals and their household members. Cheap when done (partial indexes hold
 * only the stale rows). Anonymised people keep their empty name. The statistics do not read
 * names, so their triggers are held off.
 */
export async function refoldSearchNames(db: PrismaClient): Promise<number> {
  const arrivals = await refoldInBatches(db, "Arrival", async () =>
    (
      await db.arrival.findMany({
        where: { searchNameVersion: { lt: SEARCH_FOLD_VERSION } },
        select: { id: true, givenName: true, familyName: true, latinName: true, anonymisedAt: true },
        take: BATCH,
      })
    ).map((row) => ({ ...row, isAnonymised: row.anonymisedAt !== null })),
  );
  const members = await refoldInBatches(db, "HouseholdMember", async () =>
    (
      await db.householdMember.findMany({
        where: { searchNameVersion: { lt: SEARCH_FOLD_VERSION } },
        select: { id: true, givenName: true, familyName: true, arrival: { select: { anonymisedAt: true } } },
        take: BATCH,
      })
    ).map((row) => ({ ...row, isAnonymised: row.arrival.anonymisedAt !== null })),
  );
  return arrivals + members;
}

async function refoldInBatches(db: PrismaClient, table: "Arrival" | "HouseholdMember", nextBatch: () => Promise<TStaleName[]>): Promise<number> {
  let total = 0;
  for (;;) {
    const stale = await nextBatch();
    if (stale.length === 0) return total;
    const ids = stale.map((row) => row.id);
    const names = stale.map((row) => (row.isAnonymised ? "" : toSearchName(row.givenName, row.familyName, row.latinName)));
    const update =
      table === "Arrival"
        ? db.$executeRaw`
            UPDATE "Arrival" t SET "searchName" = v.name, "searchNameVersion" = ${SEARCH_FOLD_VERSION}::smallint
            FROM unnest(${ids}::uuid[], ${names}::text[]) AS v(id, name) WHERE t.id = v.id`
        : db.$executeRaw`
            UPDATE "HouseholdMember" t SET "searchName" = v.name, "searchNameVersion" = ${SEARCH_FOLD_VERSION}::smallint
            FROM unnest(${ids}::uuid[], ${names}::text[]) AS v(id, name) WHERE t.id = v.id`;
    await db.$transaction([db.$executeRaw`SELECT set_config('ankomst.stats_bulk_load', 'on', true)`, update]);
    total += stale.length;
  }
}
