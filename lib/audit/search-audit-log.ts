import { z } from "zod";
import { foldForSearch } from "@/lib/arrivals/search-name";
import type { TActingUser } from "@/lib/auth/acting-user";
import { isCalendarDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toSearchableText } from "@/lib/validation/text";
import { AUDIT_ACTIONS } from "./audit-actions";
import { auditAs } from "./record-audit-event";
import { searchQueryDigest } from "./search-query-digest";

export const AUDIT_PAGE_SIZE = 50;
/** The CSV export stops here: a larger export is a database task, not a download. */
export const AUDIT_EXPORT_LIMIT = 100_000;
/** The arrivals a name may stand for; a search by a common name beyond this shows the first ones. */
const ARRIVALS_PER_NAME = 200;

/** The arrival filter as an id (normalised), or null when it is words of a name. */
const arrivalIdOf = (text: string): string | null => (z.uuid().safeParse(text.trim()).success ? text.trim().toLowerCase() : null);

const optionalDay = z.string().refine(isCalendarDate).optional().catch(undefined);

/** The administrator's search, as it comes from the URL; anything malformed is ignored, never an error page. */
export const ZAuditSearchSchema = z.object({
  actor: z.uuid().optional().catch(undefined),
  // An arrival's id, or words of a name (the log names arrivals by id).
  arrival: z.string().max(200).transform(toSearchableText).optional().catch(undefined),
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  from: optionalDay,
  to: optionalDay,
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type TAuditSearch = z.infer<typeof ZAuditSearchSchema>;

/** Midnight in Denmark at the start of a day: the days an administrator means. */
export function danishMidnight(isoDay: string): Date {
  const utcMidnight = new Date(`${isoDay}T00:00:00Z`);
  const local = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Copenhagen", hour: "2-digit", hourCycle: "h23" }).format(utcMidnight);
  // Copenhagen is 1 or 2 hours ahead of UTC: at UTC midnight it is 01 or 02 o'clock there.
  return new Date(utcMidnight.getTime() - Number(local) * 3_600_000);
}

const dayAfter = (isoDay: string) => new Date(new Date(`${isoDay}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);

async function auditWhere(db: PrismaClient, user: TActingUser, search: TAuditSearch): Promise<Prisma.AuditEventWhereInput> {
  let entityIds: string[] | undefined;
  if (search.arrival) {
    const arrivalId = arrivalIdOf(search.arrival);
    if (arrivalId) {
      entityIds = [arrivalId];
    } else {
      const words = foldForSearch(search.arrival).split(" ").filter(Boolean);
      const nameHasEveryWord = words.map((word) => ({ searchName: { contains: word } }));
      // Anonymised arrivals too: who read a record stays in the log after the name is gone from it.
      // A request names a person: the newcomer, or their spouse or a child.
      const arrivals = await db.arrival.findMany({
        where: {
          municipalityId: user.municipalityId,
          OR: [{ AND: nameHasEveryWord }, { householdMembers: { some: { AND: nameHasEveryWord } } }],
        },
        select: { id: true },
        take: ARRIVALS_PER_NAME,
      });
      entityIds = arrivals.map((arrival) => arrival.id);
    }
    // A record merged into one of them: its history is theirs now.
    const merged = await db.mergedArrival.findMany({
      where: { arrivalId: { in: entityIds }, municipalityId: user.municipalityId },
      select: { mergedId: true },
    });
    entityIds = [...entityIds, ...merged.map((alias) => alias.mergedId)];
  }
  return {
    municipalityId: user.municipalityId,
    ...(search.actor ? { actorUserId: search.actor } : {}),
    ...(search.action ? { action: search.action } : {}),
    ...(entityIds ? { entityType: "arrival", entityId: { in: entityIds } } : {}),
    ...(search.from || search.to
      ? { occurredAt: { ...(search.from ? { gte: danishMidnight(search.from) } : {}), ...(search.to ? { lt: danishMidnight(dayAfter(search.to)) } : {}) } }
      : {}),
  };
}

const EVENT_SELECT = {
  id: true,
  occurredAt: true,
  action: true,
  entityType: true,
  entityId: true,
  metadata: true,
  actor: { select: { name: true, email: true } },
} as const;

/** The search as the log keeps it: an arrival named by words is kept as their digest, like every search for a name. */
const filtersOf = (search: TAuditSearch) => ({
  actor: search.actor ?? null,
  arrival: search.arrival ? arrivalIdOf(search.arrival) : null,
  arrivalDigest: search.arrival && !arrivalIdOf(search.arrival) ? searchQueryDigest(search.arrival) : null,
  action: search.action ?? null,
  from: search.from ?? null,
  to: search.to ?? null,
});

type TEventRow = Prisma.AuditEventGetPayload<{ select: typeof EVENT_SELECT }>;
const NAMES_PER_QUERY = 5_000;

/**
 * The log names an arrival by its id; a person reading it needs the name. Each row about an arrival
 * gets the newcomer's name while the record still has one (null once anonymised or erased, and for
 * another municipality's id, which the log of this one cannot hold anyway).
 */
async function withArrivalNames(db: PrismaClient, user: TActingUser, rows: TEventRow[]): Promise<(TEventRow & { entityName: string | null })[]> {
  const ids = [...new Set(rows.filter((row) => row.entityType === "arrival" && row.entityId).map((row) => row.entityId!))].filter(
    (id) => z.uuid().safeParse(id).success,
  );
  const names = new Map<string, string>();
  // In slices: an export of 100,000 rows would name more ids than one statement may bind.
  for (let start = 0; start < ids.length; start += NAMES_PER_QUERY) {
    const arrivals = await db.arrival.findMany({
      where: { id: { in: ids.slice(start, start + NAMES_PER_QUERY) }, municipalityId: user.municipalityId, anonymisedAt: null },
      select: { id: true, givenName: true, familyName: true },
    });
    for (const arrival of arrivals) names.set(arrival.id, `${arrival.givenName} ${arrival.familyName}`);
    // A record merged away is named by the record it was merged into.
    const aliases = await db.mergedArrival.findMany({
      where: { mergedId: { in: ids.slice(start, start + NAMES_PER_QUERY) }, municipalityId: user.municipalityId, arrival: { anonymisedAt: null } },
      select: { mergedId: true, arrival: { select: { givenName: true, familyName: true } } },
    });
    for (const alias of aliases) names.set(alias.mergedId, `${alias.arrival.givenName} ${alias.arrival.familyName}`);
  }
  return rows.map((row) => ({ ...row, entityName: row.entityType === "arrival" && row.entityId ? (names.get(row.entityId) ?? null) : null }));
}

/** One page of the municipality's audit log, newest first. The search is itself recorded. */
export async function searchAuditLog(db: PrismaClient, options: { user: TActingUser; search: TAuditSearch }) {
  const { user, search } = options;
  const where = await auditWhere(db, user, search);
  const total = await db.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(search.page ?? 1, pageCount);
  const items = await db.auditEvent.findMany({
    where,
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: EVENT_SELECT,
  });
  await auditAs(db, user, {
    action: "audit.search",
    entityType: "audit",
    metadata: { filters: filtersOf(search), page, total },
  });
  return { items: await withArrivalNames(db, user, items), total, page, pageCount };
}

/** Every matching event (up to AUDIT_EXPORT_LIMIT), oldest first, for the CSV export; recorded as an export. */
export async function exportAuditLog(db: PrismaClient, options: { user: TActingUser; search: TAuditSearch }) {
  const { user, search } = options;
  const items = await db.auditEvent.findMany({
    where: await auditWhere(db, user, search),
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    take: AUDIT_EXPORT_LIMIT,
    select: EVENT_SELECT,
  });
  await auditAs(db, user, {
    action: "audit.export",
    entityType: "audit",
    metadata: { filters: filtersOf(search), rows: items.length },
  });
  return withArrivalNames(db, user, items);
}

export type TAuditEventRow = Awaited<ReturnType<typeof exportAuditLog>>[number];
