import { arrivalOfMunicipality, arrivalVisibleTo } from "@/lib/arrivals/arrival-visibility";
import { foldForSearch } from "@/lib/arrivals/search-name";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import { anonymiseArrivals } from "@/lib/retention/anonymise-arrivals";

/**
 * Erases a person on request (GDPR art. 17): the same anonymisation as at the end of the retention
 * period, now, with the administrator and the reason in the audit log. False when it is not the
 * administrator's municipality's arrival, or is already anonymised.
 */
export async function erasePerson(db: PrismaClient, options: { user: TActingUser; arrivalId: string; reason: string }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const arrival = await tx.arrival.findFirst({
      where: { id: options.arrivalId, ...arrivalVisibleTo(options.user) },
      select: { id: true },
    });
    if (!arrival) return false;
    const done = await anonymiseArrivals(tx, [arrival.id], { reason: "erasure", actorUserId: options.user.id, note: options.reason });
    return done.length === 1;
  });
}

/** Whether a reason names the person or a member of the household: it would outlive the erasure in the audit log. */
export async function reasonNamesPerson(db: PrismaClient, options: { user: TActingUser; arrivalId: string; reason: string }): Promise<boolean> {
  const arrival = await db.arrival.findFirst({
    where: { id: options.arrivalId, ...arrivalOfMunicipality(options.user) },
    select: { givenName: true, familyName: true, householdMembers: { select: { givenName: true, familyName: true } } },
  });
  if (!arrival) return false;
  const wordsOf = (text: string) =>
    foldForSearch(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 2);
  const reasonWords = new Set(wordsOf(options.reason));
  return [arrival, ...arrival.householdMembers].some((person) =>
    [...wordsOf(person.givenName), ...wordsOf(person.familyName)].some((word) => reasonWords.has(word)),
  );
}
