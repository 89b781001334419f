import type { TResidenceBasis } from "@/lib/arrivals/residence-basis";
import { addDays, addMonths, ageOn, birthdayInYear, laterOf, type TIsoDate } from "@/lib/dates/iso-date";
import type { TStepKey } from "./step-keys";

export type TRuleChild = { id: string; givenName: string; familyName: string; dateOfBirth: TIsoDate; cprRegistered?: boolean };

/** What the rules read from an arrival record; nothing else decides which steps apply. */
export type TRuleHousehold = {
  arrivalDate: TIsoDate;
  dateOfBirth: TIsoDate;
  residenceBasis: TResidenceBasis;
  hasEmployerOrSchool: boolean;
  expectedStayMonths: number | null;
  cprRegistered: boolean;
  spouse: { id?: string; givenName: string; familyName: string; seekingWork: boolean; cprRegistered?: boolean } | null;
  children: TRuleChild[];
};

export type TStepSubject =
  | { kind: "household" }
  /** `memberId`: the spouse's household member, when the record has one stored. */
  | { kind: "spouse"; memberId?: string; name: string }
  | { kind: "child"; childId: string; name: string; ageYears: number };

export type TApplicableStep = {
  key: TStepKey;
  subject: TStepSubject;
  /** null: no deadline set by the rules. */
  deadline: TIsoDate | null;
  /** School enrolment: reception class and international school are pointed out when they fit. */
  options?: { receptionClass: boolean; internationalSchool: boolean };
};

type THouseholdRule = { key: TStepKey; per: "household"; applies: (h: TRuleHousehold) => boolean; deadline: (h: TRuleHousehold) => TIsoDate | null };
type TChildRule = {
  key: TStepKey;
  per: "child";
  applies: (child: TRuleChild, h: TRuleHousehold) => boolean;
  deadline: (child: TRuleChild, h: TRuleHousehold) => TIsoDate | null;
};
type TSpouseRule = { key: TStepKey; per: "spouse"; applies: (h: TRuleHousehold) => boolean; deadline: (h: TRuleHousehold) => TIsoDate | null };

/** Compulsory schooling starts 1 August of the year the child turns 6. */
export const schoolStart = (child: TRuleChild): TIsoDate => `${Number(child.dateOfBirth.slice(0, 4)) + 6}-08-01`;
/** The daycare guarantee starts when the child is 26 weeks old. */
export const daycareFrom = (child: TRuleChild): TIsoDate => addDays(child.dateOfBirth, 26 * 7);
/** Stays of more than 3 months (or of unknown length) need CPR registration and the national steps. */
const staysLong = (h: TRuleHousehold) => h.expectedStayMonths === null || h.expectedStayMonths > 3;
/** Compulsory education covers children staying at least 6 months. */
const staysForSchool = (h: TRuleHousehold) => h.expectedStayMonths === null || h.expectedStayMonths >= 6;
const ageAtArrival = (child: TRuleChild, h: TRuleHousehold) => ageOn(child.dateOfBirth, h.arrivalDate);
/** In school age at arrival, or starting school within the first year. */
const isSchoolChild = (child: TRuleChild, h: TRuleHousehold) => schoolStart(child) <= addMonths(h.arrivalDate, 12) && ageAtArrival(child, h) < 17;
const isPreschoolChild = (child: TRuleChild, h: TRuleHousehold) => h.arrivalDate < schoolStart(child);
/** Accompanying family, family-reunified and refugees; anyone else staying without a job or study place. */
const isLocalJobSeeker = (h: TRuleHousehold) =>
  ["ACCOMPANYING_FAMILY", "FAMILY_REUNIFICATION", "REFUGEE"].includes(h.residenceBasis) ||
  (["EU_EEA_SWISS", "NORDIC", "OTHER"].includes(h.residenceBasis) && !h.hasEmployerOrSchool);

/**
 * Raise by one with every change to STEP_RULES that changes which steps apply to whom: arrivals
 * whose stored steps (Arrival.applicableStepIds) an older version computed are computed again after
 * the next deploy (backfillApplicableStepIds), so statistics count by the rules in force, and
 * the work list by their deadlines (2: the deadlines are stored too, in StepDeadline; 3: CPR
 * registration per person, and a spouse's steps name the spouse).
 */
export const STEP_RULES_VERSION = 3;

/** The one table of rules: which steps apply to a household, for whom, and by when. Order = packet order. */
export const STEP_RULES: (THouseholdRule | TChildRule | TSpouseRule)[] = [
  { key: "cpr-registration", per: "household", applies: (h) => staysLong(h) && !h.cprRegistered, deadline: (h) => addDays(h.arrivalDate, 5) },
  // Each person registers: the spouse and each child have their own step, gone once theirs is recorded.
  {
    key: "cpr-registration",
    per: "spouse",
    applies: (h) => staysLong(h) && h.spouse !== null && !h.spouse.cprRegistered,
    deadline: (h) => addDays(h.arrivalDate, 5),
  },
  {
    key: "cpr-registration",
    per: "child",
    applies: (child, h) => staysLong(h) && !child.cprRegistered,
    deadline: (_child, h) => addDays(h.arrivalDate, 5),
  },
  {
    key: "eu-residence-document",
    per: "household",
    applies: (h) => h.residenceBasis === "EU_EEA_SWISS" && staysLong(h),
    deadline: (h) => addMonths(h.arrivalDate, 3),
  },
  { key: "work-permit-follow-up", per: "household", applies: (h) => h.residenceBasis === "WORK_PERMIT", deadline: () => null },
  { key: "student-registration", per: "household", applies: (h) => h.residenceBasis === "STUDENT", deadline: () => null },
  {
    key: "integration-programme",
    per: "household",
    applies: (h) => h.residenceBasis === "REFUGEE" || h.residenceBasis === "FAMILY_REUNIFICATION",
    deadline: (h) => addMonths(h.arrivalDate, 1),
  },
  { key: "nemkonto", per: "household", applies: staysLong, deadline: () => null },
  { key: "mitid", per: "household", applies: (h) => staysLong(h) && ageOn(h.dateOfBirth, h.arrivalDate) >= 15, deadline: () => null },
  { key: "digital-post", per: "household", applies: staysLong, deadline: () => null },
  { key: "tax-card", per: "household", applies: (h) => staysLong(h) && ageOn(h.dateOfBirth, h.arrivalDate) >= 15, deadline: () => null },
  {
    key: "daycare",
    per: "child",
    applies: (child, h) => staysLong(h) && isPreschoolChild(child, h),
    deadline: (child, h) => laterOf(h.arrivalDate, daycareFrom(child)),
  },
  {
    key: "language-assessment",
    per: "child",
    // Around age 3: children who are 2 to 5 at arrival and not yet in school.
    applies: (child, h) => staysLong(h) && isPreschoolChild(child, h) && ageAtArrival(child, h) >= 2,
    deadline: (child, h) => laterOf(h.arrivalDate, birthdayInYear(child.dateOfBirth, Number(child.dateOfBirth.slice(0, 4)) + 3)),
  },
  {
    key: "school-enrolment",
    per: "child",
    applies: (child, h) => staysForSchool(h) && isSchoolChild(child, h),
    deadline: (child, h) => laterOf(h.arrivalDate, schoolStart(child)),
  },
  {
    key: "jobcenter-newcomer",
    per: "household",
    applies: (h) => staysLong(h) && isLocalJobSeeker(h) && ageOn(h.dateOfBirth, h.arrivalDate) >= 18,
    deadline: () => null,
  },
  { key: "jobcenter-spouse", per: "spouse", applies: (h) => h.spouse?.seekingWork === true, deadline: () => null },
  { key: "danish-classes", per: "household", applies: (h) => staysLong(h) && ageOn(h.dateOfBirth, h.arrivalDate) >= 18, deadline: () => null },
  { key: "library", per: "household", applies: () => true, deadline: () => null },
  { key: "associations", per: "household", applies: () => true, deadline: () => null },
];

export function computeApplicableSteps(household: TRuleHousehold): TApplicableStep[] {
  return STEP_RULES.flatMap((rule): TApplicableStep[] => {
    if (rule.per === "household") return rule.applies(household) ? [{ key: rule.key, subject: { kind: "household" }, deadline: rule.deadline(household) }] : [];
    if (rule.per === "spouse") {
      const spouse = household.spouse;
      return spouse && rule.applies(household)
        ? [
            {
              key: rule.key,
              subject: { kind: "spouse", ...(spouse.id ? { memberId: spouse.id } : {}), name: `${spouse.givenName} ${spouse.familyName}` },
              deadline: rule.deadline(household),
            },
          ]
        : [];
    }
    return [...household.children]
      .sort((a, b) => a.dateOfBirth.localeCompare(b.dateOfBirth))
      .filter((child) => rule.applies(child, household))
      .map((child) => ({
        key: rule.key,
        subject: { kind: "child", childId: child.id, name: `${child.givenName} ${child.familyName}`, ageYears: ageAtArrival(child, household) },
        deadline: rule.deadline(child, household),
        ...(rule.key === "school-enrolment"
          ? {
              options: {
                receptionClass: household.residenceBasis !== "NORDIC" && ageAtArrival(child, household) >= 5,
                // A family staying a limited time (up to 3 years) may prefer an international school.
                internationalSchool: household.expectedStayMonths !== null && household.expectedStayMonths <= 36,
              },
            }
          : {}),
      }));
  });
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
