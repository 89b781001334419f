import { arrivalVisibleTo } from "@/lib/arrivals/arrival-visibility";
import type { TResidenceBasis } from "@/lib/arrivals/residence-basis";
import { auditAs } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import { addDays, fromIsoDate, type TIsoDate, toIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import type { Language } from "@/lib/generated/prisma/enums";
import { textIn } from "@/lib/packet/load-packet-input";
import { titleForPerson } from "@/lib/steps/step-rules";
import {
  DUE_WITHIN_DAYS,
  findSectionIds,
  OVERVIEW_ROWS,
  SECTION_PAGE_SIZE,
  type TSectionIds,
  type TWorkListClock,
  type TWorkListSearch,
  type TWorkListSection,
  WORK_LIST_SECTIONS,
} from "./work-list-query";

/** Why a household's newest packet no longer matches: the page says so, so the caseworker knows what to tell. */
export type TOutdatedReason = { kind: "edited" } | { kind: "link-replaced" } | { kind: "step-text"; stepTitle: string };

export type TWorkListRow = {
  id: string;
  name: string;
  /** How the name is written in Latin letters, when it is written in another script. */
  latinName: string | null;
  arrivalDate: TIsoDate;
  nationality: string;
  residenceBasis: TResidenceBasis;
  assignedToName: string | null;
  hasEmail: boolean;
  /** Open steps due within the week or overdue, earliest first, with whom they are for. */
  dueSteps: { stepKey: string; title: string; deadline: TIsoDate }[];
  /** When the newcomer last opened their page (any of their links); null: never. */
  lastOpenedAt: Date | null;
  unopenedPacketSince: Date | null;
  packetOutdatedSince: Date | null;
  /** The newest packet's language (the regeneration makes one in it again). */
  packetLanguage: Language | null;
  outdatedReasons: TOutdatedReason[];
};

export type TWorkListSectionResult = {
  section: TWorkListSection;
  /** Counted up to COUNT_CAP; `isCapped` when there are more. */
  total: number;
  isCapped: boolean;
  page: number;
  pageCount: number;
  rows: TWorkListRow[];
};

type TWorkListOptions = {
  user: TActingUser;
  search: TWorkListSearch;
  clock: TWorkListClock;
  /** The staff member's language: step titles are shown in it. */
  language: Language;
};

/**
 * The caseworker's start page: every section with its count and first rows, or one section
 * (`search.section`) page by page. The households shown are recorded in the audit log, as a search is.
 */
export async function loadWorkList(db: PrismaClient, options: TWorkListOptions): Promise<TWorkListSectionResult[]> {
  const { user, search } = options;
  const municipality = await db.municipality.findUniqueOrThrow({ where: { id: user.municipalityId }, select: { notReachedAfterDays: true } });
  const sections = search.section ? [search.section] : WORK_LIST_SECTIONS;
  const take = search.section ? SECTION_PAGE_SIZE : OVERVIEW_ROWS;
  const context = { ...options, notReachedAfterDays: municipality.notReachedAfterDays };
  const found: TSectionIds[] = await Promise.all(
    sections.map(async (section) => {
      const page = search.section ? (search.page ?? 1) : 1;
      const first = await findSectionIds(db, { ...context, section, take, skip: (page - 1) * take });
      const pageCount = Math.max(1, Math.ceil(first.total / take));
      // A page past the end (an old link once the list shrank) shows the last page.
      return page > pageCount ? findSectionIds(db, { ...context, section, take, skip: (pageCount - 1) * take }) : first;
    }),
  );
  const rows = await loadRows(db, { ...options, ids: [...new Set(found.flatMap((section) => section.ids))] });
  await auditAs(db, user, {
    action: "worklist.view",
    entityType: "arrival",
    metadata: {
      filters: {
        section: search.section ?? null,
        step: search.step ?? null,
        basis: search.basis ?? null,
        nationality: search.nationality ?? null,
        assignedToMe: search.assigned === "me",
      },
      shownIds: [...rows.keys()],
    },
  });
  return found.map((section) => {
    const pageCount = Math.max(1, Math.ceil(section.total / take));
    return {
      section: section.section,
      total: section.total,
      isCapped: section.isCapped,
      page: search.section ? Math.min(search.page ?? 1, pageCount) : 1,
      pageCount,
      rows: section.ids.flatMap((id) => rows.get(id) ?? []),
    };
  });
}

/** The rows of a whole section for the team meeting's CSV (at most `limit`), recorded as viewed. */
export async function exportWorkListSection(db: PrismaClient, options: TWorkListOptions & { section: TWorkListSection; limit: number }) {
  const municipality = await db.municipality.findUniqueOrThrow({ where: { id: options.user.municipalityId }, select: { notReachedAfterDays: true } });
  const found = await findSectionIds(db, { ...options, notReachedAfterDays: municipality.notReachedAfterDays, take: options.limit, skip: 0 });
  const rows = await loadRows(db, { ...options, ids: found.ids });
  await auditAs(db, options.user, {
    action: "worklist.export",
    entityType: "arrival",
    metadata: { section: options.section, shownIds: found.ids },
  });
  return found.ids.flatMap((id) => rows.get(id) ?? []);
}

async function loadRows(db: PrismaClient, options: TWorkListOptions & { ids: string[] }): Promise<Map<string, TWorkListRow>> {
  if (options.ids.length === 0) return new Map();
  const dueUntil = fromIsoDate(addDays(options.clock.today, DUE_WITHIN_DAYS));
  const [arrivals, catalogue] = await Promise.all([
    db.arrival.findMany({
      where: { id: { in: options.ids }, ...arrivalVisibleTo(options.user) },
      select: {
        id: true,
        givenName: true,
        familyName: true,
        latinName: true,
        arrivalDate: true,
        nationality: true,
        residenceBasis: true,
        email: true,
        version: true,
        applicableStepIds: true,
        unopenedPacketSince: true,
        packetOutdatedSince: true,
        assignedTo: { select: { name: true } },
        stepDeadlines: {
          where: { isDone: false, deadline: { lte: dueUntil } },
          orderBy: [{ deadline: "asc" }, { stepKey: "asc" }],
          select: { stepKey: true, deadline: true, householdMember: { select: { givenName: true, familyName: true } } },
        },
        links: { where: { lastOpenedAt: { not: null } }, orderBy: { lastOpenedAt: "desc" }, take: 1, select: { lastOpenedAt: true } },
        packets: {
          orderBy: { generatedAt: "desc" },
          take: 1,
          select: { generatedAt: true, arrivalVersion: true, language: true, personalLink: { select: { revokedAt: true } } },
        },
      },
    }),
    db.catalogueStep.findMany({
      where: { municipalityId: options.user.municipalityId },
      select: { key: true, texts: { select: { language: true, title: true, updatedAt: true } } },
    }),
  ]);
  const titleOf = (key: string, language: Language) => textIn(catalogue.find((step) => step.key === key)?.texts ?? [], language)?.title ?? key;
  const withName = (title: string, member: { givenName: string; familyName: string } | null) =>
    titleForPerson(title, member ? `${member.givenName} ${member.familyName}` : null);
  return new Map(
    arrivals.map((arrival) => {
      const packet = arrival.packets[0] ?? null;
      const outdatedReasons: TOutdatedReason[] = [];
      if (packet && arrival.packetOutdatedSince) {
        if (packet.arrivalVersion !== arrival.version) outdatedReasons.push({ kind: "edited" });
        if (packet.personalLink.revokedAt) outdatedReasons.push({ kind: "link-replaced" });
        const keys = new Set(arrival.applicableStepIds.map((id) => catalogue.find((step) => id === step.key || id.startsWith(`${step.key}-`))?.key));
        for (const step of catalogue) {
          const changed = step.texts.some((text) => text.language === packet.language && text.updatedAt > packet.generatedAt);
          if (keys.has(step.key) && changed) outdatedReasons.push({ kind: "step-text", stepTitle: withName(titleOf(step.key, options.language), null) });
        }
      }
      const row: TWorkListRow = {
        id: arrival.id,
        name: `${arrival.givenName} ${arrival.familyName}`,
        latinName: arrival.latinName,
        arrivalDate: toIsoDate(arrival.arrivalDate),
        nationality: arrival.nationality,
        residenceBasis: arrival.residenceBasis,
        assignedToName: arrival.assignedTo?.name ?? null,
        hasEmail: arrival.email !== null,
        dueSteps: arrival.stepDeadlines.map((step) => ({
          stepKey: step.stepKey,
          title: withName(titleOf(step.stepKey, options.language), step.householdMember),
          deadline: toIsoDate(step.deadline),
        })),
        lastOpenedAt: arrival.links[0]?.lastOpenedAt ?? null,
        unopenedPacketSince: arrival.unopenedPacketSince,
        packetOutdatedSince: arrival.packetOutdatedSince,
        packetLanguage: packet?.language ?? null,
        outdatedReasons,
      };
      return [arrival.id, row];
    }),
  );
}
