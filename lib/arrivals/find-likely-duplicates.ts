import { auditAs } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import { fromIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import { foldForSearch, toSearchName } from "./search-name";

/**
 * How alike a folded full name must be to a stored one (pg_trgm's word similarity: the best match
 * of the name inside the stored search name, which holds the Latin spelling too; 0–1) to be pointed
 * out: with the same date of birth a spelling variant ("Kovaltchuk" for "Kovalchuk"), at the same
 * address a looser match, as a household registered twice is often spelt twice.
 */
const SAME_BIRTH_DATE_SIMILARITY = 0.5;
const SAME_ADDRESS_SIMILARITY = 0.4;
const MAX_SHOWN = 5;

type TDuplicateQuery = {
  user: TActingUser;
  givenName: string;
  familyName: string;
  latinName?: string;
  dateOfBirth: string;
  addressLine?: string;
  postalCode?: string;
  excludeId?: string;
};

/**
 * Arrivals in the municipality that are likely the same person: a close name (ignoring case and
 * accents) with the same date of birth, or a similar name at the same address. The candidates are
 * one probe of each index (municipality and birth date; municipality and postcode), each scored once
 * by trigram word similarity. The caseworker is shown their names and dates, so showing any is audited like a search.
 */
export async function findLikelyDuplicates(db: Pick<PrismaClient, "$queryRaw" | "auditEvent">, options: TDuplicateQuery) {
  const name = toSearchName(options.givenName, options.familyName);
  // A stored search name holds the Latin spelling too: the best match of either inside it counts.
  const latin = foldForSearch(options.latinName ?? "");
  const addressLine = options.addressLine?.trim() ?? "";
  const excludeId = options.excludeId ?? null;
  const duplicates = await db.$queryRaw<{ id: string; givenName: string; familyName: string; arrivalDate: Date }[]>`
    SELECT id, "givenName", "familyName", "arrivalDate"
    FROM (
      SELECT a.id, a."givenName", a."familyName", a."arrivalDate", a."searchName",
        ${addressLine} <> '' AND a."postalCode" = ${options.postalCode ?? ""} AND lower(a."addressLine") = lower(${addressLine}) AS "isSameAddress",
        greatest(word_similarity(${name}, a."searchName"), word_similarity(${latin}, a."searchName")) AS score
      FROM "Arrival" a
      WHERE a."municipalityId" = ${options.user.municipalityId}::uuid AND a."anonymisedAt" IS NULL
        AND (a."dateOfBirth" = ${fromIsoDate(options.dateOfBirth)}::date
          OR (${addressLine} <> '' AND a."postalCode" = ${options.postalCode ?? ""} AND lower(a."addressLine") = lower(${addressLine})))
    ) AS candidate
    WHERE (${excludeId}::uuid IS NULL OR id <> ${excludeId}::uuid)
      -- Same birth date and name as written; else alike enough for the looser address rule, or the birth date's.
      AND ("searchName" = ${name} OR score >= CASE WHEN "isSameAddress" THEN ${SAME_ADDRESS_SIMILARITY}::real ELSE ${SAME_BIRTH_DATE_SIMILARITY}::real END)
    ORDER BY score DESC, "arrivalDate" DESC, id
    LIMIT ${MAX_SHOWN}`;
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
