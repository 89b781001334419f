import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";

/**
 * The nationalities among a municipality's arrivals, for the search filter: only countries that
 * can give a result, a few dozen rather than all 249. A loose index scan (one probe of the
 * (municipalityId, nationality, …) index per distinct country), so it stays fast at a million arrivals.
 */
export async function listArrivalNationalities(db: PrismaClient, user: TActingUser): Promise<string[]> {
  const rows = await db.$queryRaw<{ nationality: string }[]>`
    WITH RECURSIVE present AS (
      (SELECT nationality FROM "Arrival" WHERE "municipalityId" = ${user.municipalityId}::uuid ORDER BY nationality LIMIT 1)
      UNION ALL
      SELECT (
        SELECT a.nationality FROM "Arrival" a
        WHERE a."municipalityId" = ${user.municipalityId}::uuid AND a.nationality > present.nationality
        ORDER BY a.nationality LIMIT 1
      )
      FROM present WHERE present.nationality IS NOT NULL
    )
    SELECT nationality FROM present WHERE nationality IS NOT NULL`;
  return rows.map((row) => row.nationality);
}
