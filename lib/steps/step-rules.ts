import type { TResidenceBasis } from "@/lib/arrivals/residence-basis";
import { addDays, addMonths, ageOn, birthdayInYear, laterOf, type TIsoDate } from "@/lib/dates/iso-date";
import type { TDeadlineRule, TStepDefinition, TStepRule, TTriState } from "./step-definition";

export type TRuleChild = { id: string; givenName: string; familyName: string; dateOfBirth: TIsoDate; cprRegistered?: boolean };

/** What the rules read from an arrival record; nothing else decides which steps apply. */
export type TRuleHousehold = {
  arrivalDate: TIsoDate;
  dateOfBirth: TIsoDate;
  residenceBasis: TResidenceBasis;
  hasEmployerOrSchool: boolean;
  expectedStayMonths: number | null;
  cprRegistered: boolean;
  spouse: { id?: string; givenName: string; familyName: string; dateOfBirth?: TIsoDate | null; seekingWork: boolean; cprRegistered?: boolean } | null;
  children: TRuleChild[];
  /** The day the household was registered: a deadline already past then counts from it. Absent: deadlines as the rules give them. */
  registeredOn?: TIsoDate;
};

export type TStepSubject =
  | { kind: "household" }
  /** `memberId`: the spouse's household member, when the record has one stored. */
  | { kind: "spouse"; memberId?: string; name: string }
  | { kind: "child"; childId: string; name: string; ageYears: number };

export type TApplicableStep = {
  key: string;
  subject: TStepSubject;
  /** null: no deadline set by the rules. */
  deadline: TIsoDate | null;
  /** School enrolment: reception class and international school are pointed out when they fit. */
  options?: { receptionClass: boolean; internationalSchool: boolean };
};

/** Compulsory schooling starts 1 August of the year the child turns 6. */
export const schoolStart = (dateOfBirth: TIsoDate): TIsoDate => `${Number(dateOfBirth.slice(0, 4)) + 6}-08-01`;

/**
 * Raise by one with every change of code that changes which steps apply to whom or when: arrivals
 * whose stored steps (Arrival.applicableStepIds) an older version computed are computed again after
 * the next deploy (backfillApplicableStepIds), so statistics count by the rules in force, and the
 * work list by their deadlines (2: deadlines stored in StepDeadline; 3: CPR registration per person;
 * 4: the rules are the municipality's data, deadlines fall on open days and late ones count from
 * registration). A municipality's own edits of its rules are recomputed by its rules revision.
 */
export const STEP_RULES_VERSION = 4;

/** Whether a deadline day is one the step's place is open (opening-calendar.ts); absent: any day. */
export type TOpenDay = (placeId: string | null, day: TIsoDate) => boolean;

export type TComputeOptions = {
  /** The day the steps are computed: "age today" is counted on it. */
  today: TIsoDate;
  /** Deadlines move to the next day the step's place is open. Absent: as the rules give them. */
  isOpenDay?: TOpenDay;
};

type TPerson = { kind: TStepSubject["kind"]; subject: TStepSubject; dateOfBirth: TIsoDate | null; cprRegistered: boolean };

/** The steps that apply to a household, in the definitions' order, each with whom it is for and by when. */
export function computeApplicableSteps(household: TRuleHousehold, definitions: readonly TStepDefinition[], options: TComputeOptions): TApplicableStep[] {
  const people = peopleOf(household);
  return definitions.flatMap((definition) =>
    people
      .filter((person) => definition.rules.some((rule) => ruleHolds(rule, person, household, options.today)))
      .map((person): TApplicableStep => {
        const deadline = deadlineOf(definition, person, household, options);
        return {
          key: definition.key,
          subject: person.subject,
          deadline,
          ...(definition.key === "school-enrolment" && person.subject.kind === "child" ? { options: schoolOptions(person.subject.ageYears, household) } : {}),
        };
      }),
  );
}

/** The newcomer, the spouse, and the children youngest last, as the packet lists them. */
function peopleOf(household: TRuleHousehold): TPerson[] {
  const { spouse } = household;
  return [
    { kind: "household", subject: { kind: "household" }, dateOfBirth: household.dateOfBirth, cprRegistered: household.cprRegistered },
    ...(spouse
      ? [
          {
            kind: "spouse" as const,
            subject: { kind: "spouse" as const, ...(spouse.id ? { memberId: spouse.id } : {}), name: `${spouse.givenName} ${spouse.familyName}` },
            dateOfBirth: spouse.dateOfBirth ?? null,
            cprRegistered: Boolean(spouse.cprRegistered),
          },
        ]
      : []),
    ...[...household.children]
      .sort((a, b) => a.dateOfBirth.localeCompare(b.dateOfBirth))
      .map((child) => ({
        kind: "child" as const,
        subject: {
          kind: "child" as const,
          childId: child.id,
          name: `${child.givenName} ${child.familyName}`,
          ageYears: ageOn(child.dateOfBirth, household.arrivalDate),
        },
        dateOfBirth: child.dateOfBirth,
        cprRegistered: Boolean(child.cprRegistered),
      })),
  ];
}

const SUBJECT_KIND = { newcomer: "household", spouse: "spouse", child: "child" } as const;

function ruleHolds(rule: TStepRule, person: TPerson, household: TRuleHousehold, today: TIsoDate): boolean {
  if (SUBJECT_KIND[rule.subject] !== person.kind) return false;
  if (rule.residenceBases.length > 0 && !rule.residenceBases.includes(household.residenceBasis)) return false;
  if (rule.age && !ageHolds(rule.age, person.dateOfBirth, rule.age.at === "arrival" ? household.arrivalDate : today)) return false;
  if (rule.stay && !stayHolds(rule.stay, household.expectedStayMonths)) return false;
  if (!triHolds(rule.spouseSeekingWork, household.spouse?.seekingWork === true)) return false;
  if (!triHolds(rule.employerOrSchool, household.hasEmployerOrSchool)) return false;
  if (!triHolds(rule.cprRecorded, person.cprRegistered)) return false;
  if (rule.schoolStart !== "any") {
    if (person.kind !== "child" || !person.dateOfBirth) return false;
    const start = schoolStart(person.dateOfBirth);
    if (rule.schoolStart === "notYetAtArrival" && !(household.arrivalDate < start)) return false;
    if (rule.schoolStart === "withinYearOfArrival" && !(start <= addMonths(household.arrivalDate, 12))) return false;
  }
  return true;
}

function triHolds(condition: TTriState, value: boolean): boolean {
  return condition === "any" || (condition === "yes") === value;
}

function ageHolds(age: NonNullable<TStepRule["age"]>, dateOfBirth: TIsoDate | null, on: TIsoDate): boolean {
  if (!dateOfBirth) return false;
  const value = age.unit === "years" ? ageOn(dateOfBirth, on) : monthsOld(dateOfBirth, on);
  return (age.from === null || value >= age.from) && (age.to === null || value <= age.to);
}

function stayHolds(stay: NonNullable<TStepRule["stay"]>, months: number | null): boolean {
  if (months === null) return stay.includeUnknown;
  return (stay.minMonths === null || months >= stay.minMonths) && (stay.maxMonths === null || months <= stay.maxMonths);
}

function deadlineOf(definition: TStepDefinition, person: TPerson, household: TRuleHousehold, options: TComputeOptions): TIsoDate | null {
  const rule = definition.deadline;
  if (rule.kind === "none") return null;
  const due = ruleDate(rule, person.dateOfBirth, household.arrivalDate);
  if (!due) return null;
  // Never before the arrival; one already past when the household was registered: as soon as possible after.
  let deadline = laterOf(due, household.arrivalDate);
  if (household.registeredOn && rule.lateNoticeDays !== null && deadline < household.registeredOn)
    deadline = addDays(household.registeredOn, rule.lateNoticeDays);
  return options.isOpenDay ? nextOpenDay(deadline, (day) => options.isOpenDay!(definition.placeId, day)) : deadline;
}

function ruleDate(rule: Exclude<TDeadlineRule, { kind: "none" }>, dateOfBirth: TIsoDate | null, arrivalDate: TIsoDate): TIsoDate | null {
  switch (rule.kind) {
    case "afterArrival":
      return rule.unit === "months" ? addMonths(arrivalDate, rule.amount) : addDays(arrivalDate, rule.amount * (rule.unit === "weeks" ? 7 : 1));
    case "reachesAge":
      if (!dateOfBirth) return null;
      if (rule.unit === "weeks") return addDays(dateOfBirth, rule.amount * 7);
      return rule.unit === "months" ? addMonths(dateOfBirth, rule.amount) : birthdayInYear(dateOfBirth, Number(dateOfBirth.slice(0, 4)) + rule.amount);
    case "annualDate": {
      if (rule.inYearOfAge !== null) return dateOfBirth ? dayInYear(Number(dateOfBirth.slice(0, 4)) + rule.inYearOfAge, rule.month, rule.day) : null;
      const year = Number(arrivalDate.slice(0, 4));
      const thisYear = dayInYear(year, rule.month, rule.day);
      return thisYear >= arrivalDate ? thisYear : dayInYear(year + 1, rule.month, rule.day);
    }
  }
}

/** A month and day in a year, a 31st clamped to the month's last day (30 June, 28/29 February). */
function dayInYear(year: number, month: number, day: number): TIsoDate {
  return birthdayInYear(`2000-${String(month).padStart(2, "0")}-${String(Math.min(day, 31)).padStart(2, "0")}`, year);
}

/** Completed months of age on a day. */
export function monthsOld(dateOfBirth: TIsoDate, on: TIsoDate): number {
  let months = (Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4))) * 12 + Number(on.slice(5, 7)) - Number(dateOfBirth.slice(5, 7));
  if (addMonths(dateOfBirth, months) > on) months--;
  return Math.max(months, 0);
}

/** A deadline on a closed day moves to the next open one; a year of closed days leaves it where it was. */
function nextOpenDay(day: TIsoDate, isOpen: (day: TIsoDate) => boolean): TIsoDate {
  for (let candidate = day, tries = 0; tries < 366; candidate = addDays(candidate, 1), tries++) if (isOpen(candidate)) return candidate;
  return day;
}

/** School enrolment points out a reception class and an international school where they fit. */
function schoolOptions(ageYears: number, household: TRuleHousehold) {
  return {
    receptionClass: household.residenceBasis !== "NORDIC" && ageYears >= 5,
    // A family staying a limited time (up to 3 years) may prefer an international school.
    internationalSchool: household.expectedStayMonths !== null && household.expectedStayMonths <= 36,
  };
}

/** The household member a step is for (a child's, or the spouse's), or null for a step of the household. */
export function stepMemberId(step: TApplicableStep): string | null {
  if (step.subject.kind === "child") return step.subject.childId;
  return step.subject.kind === "spouse" ? (step.subject.memberId ?? null) : null;
}

/**
 * A step's id in a household's packet and checklist: its key, or "<key>-<member id>" for a step per
 * child. Ticks and reminders store the key and the member apart (a foreign key); this id only names
 * the step on the page, and in SQL `stats_checklist_id` builds the same.
 */
export function checklistStepId(key: string, memberId: string | null): string {
  return memberId ? `${key}-${memberId}` : key;
}

export function applicableStepId(step: TApplicableStep): string {
  return checklistStepId(step.key, stepMemberId(step));
}

/** The name a step is for ({child} and {spouse} in catalogue texts), or null for the household. */
export function subjectName(step: TApplicableStep): string | null {
  return step.subject.kind === "household" ? null : step.subject.name;
}

/**
 * A step's title with whom it is for: its {child} or {spouse} filled in, or, for a title that names
 * nobody (a person's own CPR registration), the person's name after it: "Register for a CPR number
 * (Марія Коваленко)". A household's step keeps its title as written.
 */
export function stepTitle(title: string, step: TApplicableStep): string {
  return titleForPerson(title, subjectName(step));
}

/**
 * A catalogue title for one person (stepTitle), or for nobody in particular (`name` null: a filter's
 * label, a changed text's name), its {child} or {spouse} then left out.
 */
export function titleForPerson(title: string, name: string | null): string {
  if (!name)
    return title
      .replaceAll("{child}", "")
      .replaceAll("{spouse}", "")
      .replace(/\s{2,}/g, " ")
      .trim();
  if (/\{(child|spouse)\}/.test(title)) return title.replaceAll("{child}", name).replaceAll("{spouse}", name);
  return `${title} (${name})`;
}

/** A catalogue text with the step's {child} or {spouse} filled in. */
export function fillSubject(text: string, step: TApplicableStep): string {
  const name = subjectName(step) ?? "";
  return text.replaceAll("{child}", name).replaceAll("{spouse}", name);
}
