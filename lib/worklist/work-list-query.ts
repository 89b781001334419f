import { z } from "zod";
import { ZResidenceBasis } from "@/lib/arrivals/residence-basis";
import type { TActingUser } from "@/lib/auth/acting-user";
import { addDays, fromIsoDate, type TIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { ZStepKey } from "@/lib/steps/step-definition";

/** The work list's sections, in the order the page shows them. */
export const WORK_LIST_SECTIONS = ["due", "overdue", "notOpened", "noEmail", "outdated", "thisWeek", "mine"] as const;
export type TWorkListSection = (typeof WORK_LIST_SECTIONS)[number];

/** "Due": a deadline within this many days from today. */
export const DUE_WITHIN_DAYS = 7;
/** Rows per section on the overview, and per page when one section is shown whole. */
export const OVERVIEW_ROWS = 5;
export const SECTION_PAGE_SIZE = 25;
/**
 * A section counts its households up to this many, then says "1,000+": an exact count of half a
 * million overdue households would cost more than the whole page, and tells a caseworker no more.
 * Past it, the filters narrow the list; its pages go as far as the cap.
 */
export const COUNT_CAP = 1_000;

/** The work list's filters and the section shown whole, as they come from the URL; anything malformed is ignored. */
export const ZWorkListSearchSchema = z.object({
  section: z.enum(WORK_LIST_SECTIONS).optional().catch(undefined),
  /** A step with a deadline (the filter offers those); another key simply finds nobody. */
  step: ZStepKey.optional().catch(undefined),
  basis: ZResidenceBasis.optional().catch(undefined),
  nationality: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  assigned: z.literal("me").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type TWorkListSearch = z.infer<typeof ZWorkListSearchSchema>;

export type TWorkListClock = {
  /** Today in Denmark. */
  today: TIsoDate;
  /** Now, for "packet generated more than N days ago". */
  now: Date;
};

type TSectionQuery = {
  /** Conditions on `a` (the arrival) beyond the municipality, the filters and not being anonymised. */
  where: Prisma.Sql;
  orderBy: Prisma.Sql;
  /** With a step filter, the due sections read the step's own deadlines (`s.deadline`) instead of the household's earliest. */
  stepDeadlines?: Prisma.Sql;
};

/** Monday of the week (ISO weeks, as in Denmark) that `day` is in. */
export function mondayOf(day: TIsoDate): TIsoDate {
  const weekday = (fromIsoDate(day).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

function sectionQuery(section: TWorkListSection, search: TWorkListSearch, context: { user: TActingUser; clock: TWorkListClock; notReachedAfterDays: number }) {
  const today = fromIsoDate(context.clock.today);
  const dueUntil = fromIsoDate(addDays(context.clock.today, DUE_WITHIN_DAYS));
  switch (section) {
    case "due":
      // With a step, that step's own deadlines this week: a narrow range at any size.
      return search.step
        ? {
            stepDeadlines: Prisma.sql`(SELECT d."arrivalId", min(d.deadline) AS deadline FROM "StepDeadline" d
              WHERE d."municipalityId" = ${context.user.municipalityId}::uuid AND d."stepKey" = ${search.step} AND NOT d."isDone"
                AND d.deadline >= ${today} AND d.deadline <= ${dueUntil}
              GROUP BY d."arrivalId")`,
            where: Prisma.empty,
            orderBy: Prisma.sql`s.deadline ASC`,
          }
        : { where: Prisma.sql`AND a."nextOpenDeadline" >= ${today} AND a."nextOpenDeadline" <= ${dueUntil}`, orderBy: Prisma.sql`a."nextOpenDeadline" ASC` };
    case "overdue":
      // The most recently missed first: a deadline missed yesterday can still be caught up on this week.
      // A household with the step overdue has its earliest open deadline before today too, so the
      // household's index range holds them all; the step is checked in the row's own open steps.
      return {
        where: Prisma.sql`AND a."nextOpenDeadline" < ${today}${
          search.step
            ? Prisma.sql` AND EXISTS (SELECT 1 FROM unnest(a."openStepKeys", a."openStepDeadlines") AS o(key, deadline) WHERE o.key = ${search.step} AND o.deadline < ${today})`
            : Prisma.empty
        }`,
        orderBy: Prisma.sql`a."nextOpenDeadline" DESC`,
      };
    case "notOpened": {
      const unopenedBefore = new Date(context.clock.now.getTime() - context.notReachedAfterDays * 86_400_000);
      return { where: Prisma.sql`AND a."unopenedPacketSince" < ${unopenedBefore}${openStep(search)}`, orderBy: Prisma.sql`a."unopenedPacketSince" DESC` };
    }
    case "noEmail":
      // Only while a reminder would still matter: a deadline not ticked lies ahead.
      return {
        where: Prisma.sql`AND a.email IS NULL AND a."lastOpenDeadline" >= ${today}${openStep(search)}`,
        orderBy: Prisma.sql`a."lastOpenDeadline" ASC`,
      };
    case "outdated":
      return { where: Prisma.sql`AND a."packetOutdatedSince" IS NOT NULL${openStep(search)}`, orderBy: Prisma.sql`a."packetOutdatedSince" DESC` };
    case "thisWeek": {
      const monday = mondayOf(context.clock.today);
      return {
        where: Prisma.sql`AND a."arrivalDate" >= ${fromIsoDate(monday)} AND a."arrivalDate" <= ${fromIsoDate(addDays(monday, 6))}${openStep(search)}`,
        orderBy: Prisma.sql`a."arrivalDate" ASC`,
      };
    }
    case "mine":
      // Read by findMineIds: three ranges, not one.
      throw new Error('The work list\'s "Mine" is read by findMineIds');
  }
}

/** Who a household is "mine" to: who registered it, who it is assigned to, who last worked on it. */
const MINE_COLUMNS = [Prisma.raw(`"createdById"`), Prisma.raw(`"assignedToId"`), Prisma.raw(`"lastWorkedById"`)];

/**
 * "Mine", newest arrival first: the households the caseworker registered, is assigned, or last
 * worked on. Each is an index range read in arrival order and cut at what the page needs; their
 * union is that page's candidates. One query with an OR of the three would sort every match.
 */
async function findMineIds(db: PrismaClient, options: TFindSectionOptions): Promise<TSectionIds> {
  const where = Prisma.sql`${filterSql(options.search, options.user)}${openStep(options.search)}`;
  const ranges = (limit: number) =>
    Prisma.join(
      MINE_COLUMNS.map(
        (column) =>
          Prisma.sql`(SELECT a.id, a."arrivalDate" FROM "Arrival" a WHERE ${where} AND a.${column} = ${options.user.id}::uuid
            ORDER BY a."arrivalDate" DESC, a.id LIMIT ${limit})`,
      ),
      " UNION ",
    );
  const [counted, rows] = await Promise.all([
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM (${ranges(COUNT_CAP + 1)}) AS mine`,
    db.$queryRaw<{ id: string }[]>`SELECT mine.id FROM (${ranges(options.skip + options.take)}) AS mine
      ORDER BY mine."arrivalDate" DESC, mine.id LIMIT ${options.take} OFFSET ${options.skip}`,
  ]);
  const total = Number(counted[0]?.total ?? 0);
  return { section: "mine", total: Math.min(total, COUNT_CAP), isCapped: total > COUNT_CAP, ids: rows.map((row) => row.id) };
}

/** Outside the due and overdue sections, the step filter keeps the households with that step still to do. */
function openStep(search: TWorkListSearch): Prisma.Sql {
  return search.step ? Prisma.sql` AND ${search.step} = ANY(a."openStepKeys")` : Prisma.empty;
}

function filterSql(search: TWorkListSearch, user: TActingUser): Prisma.Sql {
  return Prisma.sql`a."municipalityId" = ${user.municipalityId}::uuid AND a."anonymisedAt" IS NULL
    ${search.basis ? Prisma.sql`AND a."residenceBasis" = ${search.basis}::"ResidenceBasis"` : Prisma.empty}
    ${search.nationality ? Prisma.sql`AND a.nationality = ${search.nationality}` : Prisma.empty}
    ${search.assigned === "me" ? Prisma.sql`AND a."assignedToId" = ${user.id}::uuid` : Prisma.empty}`;
}

function fromSql(query: TSectionQuery): Prisma.Sql {
  return query.stepDeadlines ? Prisma.sql`${query.stepDeadlines} s JOIN "Arrival" a ON a.id = s."arrivalId"` : Prisma.sql`"Arrival" a`;
}

type TFindSectionOptions = {
  user: TActingUser;
  section: TWorkListSection;
  search: TWorkListSearch;
  clock: TWorkListClock;
  notReachedAfterDays: number;
  take: number;
  skip: number;
};

/** `total` counts to COUNT_CAP and then stops (`isCapped`). */
export type TSectionIds = { section: TWorkListSection; total: number; isCapped: boolean; ids: string[] };

/**
 * One section of the work list: how many households are in it (with the filters) and the ids of
 * one page of them, in the section's order. Counted and paged in SQL over the columns the saves
 * keep (lib/worklist/step-deadlines.ts, packet-state.ts), so it stays fast at a million arrivals.
 */
export async function findSectionIds(db: PrismaClient, options: TFindSectionOptions): Promise<TSectionIds> {
  if (options.section === "mine") return findMineIds(db, options);
  const query = sectionQuery(options.section, options.search, options);
  const from = fromSql(query);
  const where = Prisma.sql`${filterSql(options.search, options.user)} ${query.where}`;
  const [counted, rows] = await Promise.all([
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM (SELECT 1 FROM ${from} WHERE ${where} LIMIT ${COUNT_CAP + 1}) AS capped`,
    db.$queryRaw<{ id: string }[]>`SELECT a.id FROM ${from} WHERE ${where} ORDER BY ${query.orderBy}, a.id LIMIT ${options.take} OFFSET ${options.skip}`,
  ]);
  const total = Number(counted[0]?.total ?? 0);
  return { section: options.section, total: Math.min(total, COUNT_CAP), isCapped: total > COUNT_CAP, ids: rows.map((row) => row.id) };
}
