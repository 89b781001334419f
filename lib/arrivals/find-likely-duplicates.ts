import type { TActingUser } from "@/lib/auth/acting-user";
import { fromIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import { toSearchName } from "./search-name";

/** Arrivals in the municipality with the same names (ignoring case and accents) and date of birth. */
export async function findLikelyDuplicates(
  db: Pick<PrismaClient, "arrival">,
  options: { user: TActingUser; givenName: string; familyName: string; dateOfBirth: string; excludeId?: string },
) {
  return db.arrival.findMany({
    where: {
      municipalityId: options.user.municipalityId,
      searchName: toSearchName(options.givenName, options.familyName),
      dateOfBirth: fromIsoDate(options.dateOfBirth),
      anonymisedAt: null,
      ...(options.excludeId ? { id: { not: options.excludeId } } : {}),
    },
    select: { id: true, givenName: true, familyName: true, arrivalDate: true },
    take: 5,
  });
}
