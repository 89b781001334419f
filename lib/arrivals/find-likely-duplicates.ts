import { arrivalVisibleTo } from "@/lib/arrivals/arrival-visibility";
import { auditAs } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import { fromIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import { toSearchName } from "./search-name";

/**
 * Arrivals in the municipality with the same names (ignoring case and accents) and date of birth.
 * The caseworker is shown their names and dates, so showing any is audited like a search.
 */
export async function findLikelyDuplicates(
  db: Pick<PrismaClient, "arrival" | "auditEvent">,
  options: { user: TActingUser; givenName: string; familyName: string; dateOfBirth: string; excludeId?: string },
) {
  const duplicates = await db.arrival.findMany({
    where: {
      ...arrivalVisibleTo(options.user),
      searchName: toSearchName(options.givenName, options.familyName),
      dateOfBirth: fromIsoDate(options.dateOfBirth),
      ...(options.excludeId ? { id: { not: options.excludeId } } : {}),
    },
    select: { id: true, givenName: true, familyName: true, arrivalDate: true },
    take: 5,
  });
  if (duplicates.length > 0) {
    await auditAs(db, options.user, {
      action: "arrival.duplicate-check",
      entityType: "arrival",
      entityId: options.excludeId ?? null,
      metadata: { shownIds: duplicates.map((duplicate) => duplicate.id) },
    });
  }
  return duplicates;
}
