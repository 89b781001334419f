import type { PrismaClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";

type TTransaction = Prisma.TransactionClient;

export type TAnonymisation = { reason: "retention" } | { reason: "erasure"; actorUserId: string; note: string };

/**
 * Removes the personal data of these arrivals, keeping what the statistics count (docs/decisions/010):
 * names, contacts, address, employer and the link to the form are emptied; birth dates keep their
 * year and the age on arrival (anonymised_birth_date); personal links are revoked and stored packet
 * PDFs and the caseworkers' notes deleted, nobody stays assigned, nothing is on the work list. Ticks stay (they are counts, not names). Arrivals already anonymised are left as
 * they are, so running it twice changes nothing. Each arrival gets an audit event saying why.
 */
export async function anonymiseArrivals(tx: TTransaction, arrivalIds: string[], how: TAnonymisation): Promise<{ id: string; municipalityId: string }[]> {
  if (arrivalIds.length === 0) return [];
  const done = await tx.$queryRaw<{ id: string; municipalityId: string }[]>`
    UPDATE "Arrival" SET
      "givenName" = '', "familyName" = '', "latinName" = NULL, "searchName" = '', email = NULL, phone = NULL, "remindersConsentAt" = NULL, "remindersConsentSource" = NULL,
      "addressLine" = '', "postalCode" = '', city = '', "employerOrSchool" = NULL, "creationKey" = NULL,
      "dateOfBirth" = anonymised_birth_date("dateOfBirth", "arrivalDate"),
      "assignedToId" = NULL, "lastWorkedById" = NULL, "nextOpenDeadline" = NULL, "lastOpenDeadline" = NULL, "unopenedPacketSince" = NULL, "packetOutdatedSince" = NULL,
      "anonymisedAt" = now(), version = version + 1, "updatedAt" = now()
    WHERE id = ANY(${arrivalIds}::uuid[]) AND "anonymisedAt" IS NULL
    RETURNING id, "municipalityId"`;
  const ids = done.map((row) => row.id);
  if (ids.length === 0) return [];
  await tx.$executeRaw`
    UPDATE "HouseholdMember" h SET "givenName" = '', "familyName" = '', "searchName" = '', "dateOfBirth" = anonymised_birth_date(h."dateOfBirth", a."arrivalDate")
    FROM "Arrival" a WHERE a.id = h."arrivalId" AND h."arrivalId" = ANY(${ids}::uuid[])`;
  await tx.personalLink.updateMany({ where: { arrivalId: { in: ids }, revokedAt: null }, data: { revokedAt: new Date() } });
  // A new address waiting for its confirmation is personal data too.
  await tx.emailChangeRequest.deleteMany({ where: { arrivalId: { in: ids } } });
  await tx.welcomePacket.deleteMany({ where: { arrivalId: { in: ids } } });
  await tx.arrivalNote.deleteMany({ where: { arrivalId: { in: ids } } });
  // Off the work list: nobody follows an anonymised household up.
  await tx.stepDeadline.deleteMany({ where: { arrivalId: { in: ids } } });
  await tx.auditEvent.createMany({
    data: done.map((row) => ({
      municipalityId: row.municipalityId,
      actorUserId: how.reason === "erasure" ? how.actorUserId : null,
      action: how.reason === "erasure" ? "arrival.erase" : "arrival.anonymise",
      entityType: "arrival",
      entityId: row.id,
      metadata: how.reason === "erasure" ? { reason: "erasure", note: how.note } : { reason: "retention" },
    })),
  });
  return done;
}

/**
 * Anonymises every arrival older than its municipality's retention period, in batches of one
 * transaction each: a crash loses at most the batch in hand, which the next run does again.
 * Another run at the same time takes other rows (SKIP LOCKED). "Older" is by the Danish calendar day.
 */
export async function anonymiseExpiredArrivals(db: PrismaClient, options: { now?: Date; batchSize?: number } = {}): Promise<Map<string, number>> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 200;
  const byMunicipality = new Map<string, number>();
  for (;;) {
    const done = await db.$transaction(async (tx) => {
      const expired = await tx.$queryRaw<{ id: string }[]>`
        SELECT a.id FROM "Arrival" a JOIN "Municipality" m ON m.id = a."municipalityId"
        WHERE a."anonymisedAt" IS NULL
          AND a."arrivalDate" < (${now}::timestamptz AT TIME ZONE 'Europe/Copenhagen')::date - make_interval(months => m."retentionMonths")
        ORDER BY a."arrivalDate", a.id
        LIMIT ${batchSize}
        FOR UPDATE OF a SKIP LOCKED`;
      return anonymiseArrivals(
        tx,
        expired.map((row) => row.id),
        { reason: "retention" },
      );
    });
    for (const row of done) byMunicipality.set(row.municipalityId, (byMunicipality.get(row.municipalityId) ?? 0) + 1);
    if (done.length < batchSize) return byMunicipality;
  }
}
