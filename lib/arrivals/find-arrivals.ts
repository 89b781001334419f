import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { searchQueryDigest } from "@/lib/audit/search-query-digest";
import type { TActingUser } from "@/lib/auth/acting-user";
import { fromIsoDate, isCalendarDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toSearchableText } from "@/lib/validation/text";
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

export async function findArrivals(db: PrismaClient, options: { user: TActingUser; search: TArrivalSearch }) {
  const { user, search } = options;
  const words = foldForSearch(search.q ?? "")
    .split(" ")
    .filter(Boolean);
  const where: Prisma.ArrivalWhereInput = {
    municipalityId: user.municipalityId,
    anonymisedAt: null,
    AND: words.map((word) => ({ searchName: { contains: escapeLike(word) } })),
    ...(search.basis ? { residenceBasis: search.basis } : {}),
    ...(search.nationality ? { nationality: search.nationality } : {}),
    ...(search.from || search.to
      ? { arrivalDate: { ...(search.from ? { gte: fromIsoDate(search.from) } : {}), ...(search.to ? { lte: fromIsoDate(search.to) } : {}) } }
      : {}),
  };
  const total = await db.arrival.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ARRIVALS_PAGE_SIZE));
  // A page past the end (an old link after deletions, a hand-edited URL) shows the last page.
  const page = Math.min(search.page ?? 1, pageCount);
  const items = await db.arrival.findMany({
    where,
    orderBy: [{ arrivalDate: "desc" }, { createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * ARRIVALS_PAGE_SIZE,
    take: ARRIVALS_PAGE_SIZE,
    select: {
      id: true,
      givenName: true,
      familyName: true,
      nationality: true,
      arrivalDate: true,
      residenceBasis: true,
      _count: { select: { householdMembers: true } },
    },
  });
  await recordAuditEvent(db, {
    municipalityId: user.municipalityId,
    actorUserId: user.id,
    action: "arrival.search",
    entityType: "arrival",
    // What was searched for (as a digest: lib/audit/search-query-digest.ts) and whom it showed: a
    // search reads personal data as much as opening a record does.
    metadata: {
      queryDigest: searchQueryDigest(search.q ?? ""),
      filters: { from: search.from ?? null, to: search.to ?? null, basis: search.basis ?? null, nationality: search.nationality ?? null, page },
      shownIds: items.map((item) => item.id),
      total,
    },
  });
  return { items, total, page, pageCount };
}
