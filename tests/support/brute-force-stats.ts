/**
 * The statistics counted the slow, obvious way: every arrival of a municipality read with its
 * household and ticks, the step rules run in TypeScript, nothing read from the rollups or from the
 * stored applicable steps. The rollups must give exactly these numbers.
 */
import { ageOn, danishDayOf, toIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import { toRuleHousehold } from "@/lib/packet/load-packet-input";
import { checklistIdOf } from "@/lib/progress/step-progress";
import type { TPeriod } from "@/lib/stats/period";
import { ARRIVAL_DIMENSIONS, COUNTED_EVENTS, EVENT_ROWS, type TCountedEvent, type TEventRow, type TPeriodCounts } from "@/lib/stats/read-counts";
import { loadStepContext } from "@/lib/steps/step-context";
import { applicableStepId, computeApplicableSteps } from "@/lib/steps/step-rules";

const copenhagenDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" });

function add(map: Map<string, number>, key: string, count = 1) {
  map.set(key, (map.get(key) ?? 0) + count);
}

function band(ageYears: number) {
  if (ageYears <= 2) return "child-0-2";
  if (ageYears <= 5) return "child-3-5";
  if (ageYears <= 16) return "child-6-16";
  return "child-17-plus";
}

export async function bruteForceCounts(db: PrismaClient, municipalityId: string, period: TPeriod): Promise<TPeriodCounts> {
  const arrivals = await db.arrival.findMany({
    where: { municipalityId },
    include: { householdMembers: { orderBy: { position: "asc" } }, stepProgress: true },
  });
  // The municipality's steps as they are now: the rollups count by the rules in force (the stored steps follow every change).
  const steps = await loadStepContext(db, municipalityId);
  const byDimension = Object.fromEntries(ARRIVAL_DIMENSIONS.map((dimension) => [dimension, new Map<string, number>()])) as TPeriodCounts["byDimension"];
  const byMonth = new Map<string, number>();
  for (let month = `${period.from.slice(0, 7)}-01`; month <= period.to; ) {
    byMonth.set(month.slice(0, 7), 0);
    const next = new Date(`${month}T00:00:00Z`);
    next.setUTCMonth(next.getUTCMonth() + 1);
    month = toIsoDate(next);
  }
  for (const arrival of arrivals) {
    const day = toIsoDate(arrival.arrivalDate);
    if (day < period.from || day > period.to) continue;
    add(byDimension.arrivals, "");
    add(byMonth, day.slice(0, 7));
    add(byDimension.nationality, arrival.nationality);
    add(byDimension.basis, arrival.residenceBasis);
    add(byDimension.language, arrival.packetLanguage);
    add(byDimension.persons, "adults");
    for (const member of arrival.householdMembers) {
      if (member.kind === "SPOUSE") add(byDimension.persons, "spouses");
      else if (!member.dateOfBirth) add(byDimension.persons, "child-unknown");
      else add(byDimension.persons, band(ageOn(toIsoDate(member.dateOfBirth), day)));
      if (member.kind === "CHILD" && member.dateOfBirth) add(byDimension["school-start"], String(member.dateOfBirth.getUTCFullYear() + 6));
    }
    if (arrival.cprRegistered && arrival.cprRegisteredOn) {
      add(byDimension["cpr-days"], String(Math.round((arrival.cprRegisteredOn.getTime() - arrival.arrivalDate.getTime()) / 86_400_000)));
    }
    const applicable = computeApplicableSteps(toRuleHousehold(arrival), steps.definitions, { today: danishDayOf(new Date()), isOpenDay: steps.isOpenDay });
    const ticked = new Set(arrival.stepProgress.map(checklistIdOf));
    const atCounter = new Set(arrival.stepProgress.filter((tick) => tick.source === "COUNTER").map(checklistIdOf));
    for (const step of applicable) {
      add(byDimension["step-applies"], step.key);
      if (ticked.has(applicableStepId(step))) add(byDimension["step-ticked"], step.key);
      if (atCounter.has(applicableStepId(step))) add(byDimension["step-ticked-counter"], step.key);
    }
  }
  const events = Object.fromEntries(EVENT_ROWS.map((row) => [row, 0])) as Record<TEventRow, number>;
  const recorded = await db.auditEvent.findMany({ where: { municipalityId, action: { in: [...COUNTED_EVENTS] } }, select: { action: true, occurredAt: true } });
  for (const event of recorded) {
    const day = copenhagenDay.format(event.occurredAt);
    if (day >= period.from && day <= period.to) events[event.action as TCountedEvent] += 1;
  }
  const reminders = await db.reminderDelivery.findMany({
    where: { municipalityId, status: "SENT" },
    select: {
      stepKey: true,
      householdMemberId: true,
      sentAt: true,
      arrival: { select: { stepProgress: { select: { stepKey: true, householdMemberId: true, completedAt: true } } } },
    },
  });
  for (const reminder of reminders) {
    const day = reminder.sentAt ? copenhagenDay.format(reminder.sentAt) : "";
    const tick = reminder.arrival.stepProgress.find((row) => checklistIdOf(row) === checklistIdOf(reminder));
    if (day >= period.from && day <= period.to && tick && reminder.sentAt && tick.completedAt > reminder.sentAt) events["reminder.ticked"] += 1;
  }
  return { byDimension, byMonth, events, fingerprint: "" };
}

/** Children of all the municipality's arrivals by school-start year (1 August of the year they turn 6). */
export async function bruteForceSchoolStarts(db: PrismaClient, municipalityId: string): Promise<Map<number, number>> {
  const children = await db.householdMember.findMany({
    where: { kind: "CHILD", dateOfBirth: { not: null }, arrival: { municipalityId } },
    select: { dateOfBirth: true },
  });
  const years = new Map<number, number>();
  for (const child of children) {
    const year = child.dateOfBirth!.getUTCFullYear() + 6;
    years.set(year, (years.get(year) ?? 0) + 1);
  }
  return years;
}
