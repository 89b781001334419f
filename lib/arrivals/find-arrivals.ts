import { z } from "zod";
import { auditAs } from "@/lib/audit/record-audit-event";
import { searchQueryDigest } from "@/lib/audit/search-query-digest";
import type { TActingUser } from "@/lib/auth/acting-user";
import { fromIsoDate, isCalendarDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { toSearchableText } from "@/lib/validation/text";
import { arrivalVisibleTo } from "./arrival-visibility";
import { ZResidenceBasis } from "./residence-basis";
import { foldForSearch } from "./search-name";

export const ARRIVALS_PAGE_SIZE = 20;

const optionalDay = z.string().refine(isCalendarDate).optional().catch(undefined);

/** Search parameters as they come from the URL; anything malformed is ignored rather than failing the page. */
export const ZArrivalSearchSchema = z.object({
  // Characters nobody types into a search (NUL and other controls) are dropped rather than sent to Postgres.
  q: z.string().max(200).transform(toSearchableText).optional().catch(undefined),
  from: optionalDay,
  to: optionalDay,
  basis: ZResidenceBasis.optional().catch(undefined),
  // "me": the households assigned to the caseworker searching.
  assigned: z.literal("me").optional().catch(undefined),
  nationality: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

export type TArrivalSearch = z.infer<typeof ZArrivalSearchSchema>;

// Note: Prisma turns `contains` into LIKE without escaping, so a typed "%" or "_" would be a wildcard.
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** Every word in one stored search name (`column`): LIKE patterns the trigram index answers. */
const hasEveryWord = (column: Prisma.Sql, words: string[]) =>
  Prisma.join(
    words.map((word) => Prisma.sql`${column} LIKE ${`%${escapeLike(word)}%`}`),
    " AND ",
  );

export async function findArrivals(db: PrismaClient, options: { user: TActingUser; search: TArrivalSearch }) {
  const { user, search } = options;
  const words = foldForSearch(search.q ?? "")
    .split(" ")
    .filter(Boolean);
  // Every word in one person's name: the newcomer's own, or a spouse's or child's ("emile" finds
  // Emile's household). One semi-join over both tables' trigram indexes: an OR of the two would
  // make PostgreSQL read every arrival of the municipality.
  const where = Prisma.sql`a."municipalityId" = ${user.municipalityId}::uuid AND a."anonymisedAt" IS NULL
    ${
      words.length > 0
        ? Prisma.sql`AND a.id IN (
            SELECT n.id FROM "Arrival" n WHERE n."municipalityId" = ${user.municipalityId}::uuid AND ${hasEveryWord(Prisma.sql`n."searchName"`, words)}
            UNION ALL
            SELECT h."arrivalId" FROM "HouseholdMember" h WHERE ${hasEveryWord(Prisma.sql`h."searchName"`, words)})`
        : Prisma.empty
    }
    ${search.basis ? Prisma.sql`AND a."residenceBasis" = ${search.basis}::"ResidenceBasis"` : Prisma.empty}
    ${search.assigned === "me" ? Prisma.sql`AND a."assignedToId" = ${user.id}::uuid` : Prisma.empty}
    ${search.nationality ? Prisma.sql`AND a.nationality = ${search.nationality}` : Prisma.empty}
    ${search.from ? Prisma.sql`AND a."arrivalDate" >= ${fromIsoDate(search.from)}` : Prisma.empty}
    ${search.to ? Prisma.sql`AND a."arrivalDate" <= ${fromIsoDate(search.to)}` : Prisma.empty}`;
  const counted = await db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "Arrival" a WHERE ${where}`;
  const total = Number(counted[0]?.total ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / ARRIVALS_PAGE_SIZE));
  // A page past the end (an old link after deletions, a hand-edited URL) shows the last page.
  const page = Math.min(search.page ?? 1, pageCount);
  const pageIds = await db.$queryRaw<{ id: string }[]>`
    SELECT a.id FROM "Arrival" a WHERE ${where}
    ORDER BY a."arrivalDate" DESC, a."createdAt" DESC, a.id ASC
    LIMIT ${ARRIVALS_PAGE_SIZE} OFFSET ${(page - 1) * ARRIVALS_PAGE_SIZE}`;
  const nameHasEveryWord = words.map((word) => ({ searchName: { contains: escapeLike(word) } }));
  const found = await db.arrival.findMany({
    where: { id: { in: pageIds.map((row) => row.id) }, ...arrivalVisibleTo(user) },
    select: {
      id: true,
      givenName: true,
      familyName: true,
      nationality: true,
      arrivalDate: true,
      residenceBasis: true,
      searchName: true,
      _count: { select: { householdMembers: true } },
      householdMembers: {
        where: words.length > 0 ? { AND: nameHasEveryWord } : { id: { in: [] } },
        orderBy: { position: "asc" },
        select: { position: true, kind: true, givenName: true, familyName: true },
      },
    },
  });
  const byId = new Map(found.map((item) => [item.id, item]));
  const items = pageIds.flatMap((row) => byId.get(row.id) ?? []);
  const shown = items.map(({ searchName, householdMembers, ...item }) => ({
    ...item,
    // Who in the household the words found, when it is not the newcomer: the list says so.
    matchedMembers: words.every((word) => searchName.includes(word)) ? [] : householdMembers,
  }));
  const suggestions = total === 0 && words.length > 0 ? await findCloseNames(db, user.municipalityId, words.join(" ")) : [];
  await auditAs(db, user, {
    action: "arrival.search",
    entityType: "arrival",
    // What was searched for (as a digest: lib/audit/search-query-digest.ts) and whom it showed: a
    // search reads personal data as much as opening a record does.
    metadata: {
      queryDigest: searchQueryDigest(search.q ?? ""),
      filters: {
        from: search.from ?? null,
        to: search.to ?? null,
        basis: search.basis ?? null,
        nationality: search.nationality ?? null,
        assignedToMe: search.assigned === "me",
        page,
      },
      shownIds: items.map((item) => item.id),
      suggestedIds: suggestions.map((suggestion) => suggestion.arrivalId),
      total,
    },
  });
  return { items: shown, total, page, pageCount, suggestions };
}

/** How alike a stored name must be to a misspelt query to be offered (pg_trgm's word similarity, 0–1). */
const CLOSE_NAME_THRESHOLD = 0.4;
const MAX_SUGGESTIONS = 5;

export type TNameSuggestion = { arrivalId: string; name: string };

/**
 * "Did you mean": the names of people (newcomers and their household) nearest a search that found
 * nobody, by trigram word similarity ("ostergard muler" → "Jens Østergård Müller"). The `<%`
 * operator uses the trigram indexes; its threshold is set for this transaction only.
 */
async function findCloseNames(db: PrismaClient, municipalityId: string, foldedQuery: string): Promise<TNameSuggestion[]> {
  const [, rows] = await db.$transaction([
    db.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(CLOSE_NAME_THRESHOLD)}, true)`,
    db.$queryRaw<{ arrivalId: string; givenName: string; familyName: string }[]>`
      SELECT "arrivalId", "givenName", "familyName"
      FROM (
        SELECT a.id AS "arrivalId", a."givenName", a."familyName", word_similarity(${foldedQuery}, a."searchName") AS score
        FROM "Arrival" a
        WHERE a."municipalityId" = ${municipalityId}::uuid AND a."anonymisedAt" IS NULL AND ${foldedQuery} <% a."searchName"
        UNION ALL
        SELECT a.id, h."givenName", h."familyName", word_similarity(${foldedQuery}, h."searchName")
        FROM "HouseholdMember" h JOIN "Arrival" a ON a.id = h."arrivalId"
        WHERE a."municipalityId" = ${municipalityId}::uuid AND a."anonymisedAt" IS NULL AND ${foldedQuery} <% h."searchName"
      ) AS close
      ORDER BY score DESC, "arrivalId", "givenName", "familyName"
      LIMIT ${MAX_SUGGESTIONS}`,
  ]);
  return rows.map((row) => ({ arrivalId: row.arrivalId, name: `${row.givenName} ${row.familyName}` }));
}
