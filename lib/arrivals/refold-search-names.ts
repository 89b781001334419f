import type { PrismaClient } from "@/lib/db-client";
import { SEARCH_FOLD_VERSION, toSearchName } from "./search-name";

const BATCH = 2_000;

/**
 * Search names stored with an older foldForSearch, made again with the current one, in batches.
 * Cheap when done (a partial index holds only the stale rows). Anonymised arrivals keep their
 * empty name. The statistics do not read names, so their triggers are held off.
 */
export async function refoldSearchNames(db: PrismaClient): Promise<number> {
  let total = 0;
  for (;;) {
    const stale = await db.arrival.findMany({
      where: { searchNameVersion: { lt: SEARCH_FOLD_VERSION } },
      select: { id: true, givenName: true, familyName: true, anonymisedAt: true },
      take: BATCH,
    });
    if (stale.length === 0) return total;
    const ids = stale.map((row) => row.id);
    const names = stale.map((row) => (row.anonymisedAt ? "" : toSearchName(row.givenName, row.familyName)));
    await db.$transaction([
      db.$executeRaw`SELECT set_config('ankomst.stats_bulk_load', 'on', true)`,
      db.$executeRaw`
        UPDATE "Arrival" a SET "searchName" = v.name, "searchNameVersion" = ${SEARCH_FOLD_VERSION}::smallint
        FROM unnest(${ids}::uuid[], ${names}::text[]) AS v(id, name) WHERE a.id = v.id`,
    ]);
    total += stale.length;
  }
}
