import { OPEN_RULE, type TDeadlineRule, type TStepDefinition, type TStepRule, type TStepSection } from "./step-definition";

/**
 * The built-in steps' rules as data: what every municipality is seeded with (and may then edit, or
 * switch a step off). They say what the coded rules before them said (tests/unit/default-step-rules
 * compares them on random households), but for the deadline fixes of docs/decisions/019: the
 * language assessment has none (the municipality contacts the family), and a deadline already past
 * when the household is registered counts from the registration.
 */
export type TDefaultStep = { key: string; section: TStepSection; rules: TStepRule[]; deadline: TDeadlineRule };

/** Stays of more than 3 months (or of unknown length) need CPR registration and the national steps. */
const STAYS_LONG = { minMonths: 4, maxMonths: null, includeUnknown: true };
/** Compulsory education covers children staying at least 6 months. */
const STAYS_FOR_SCHOOL = { minMonths: 6, maxMonths: null, includeUnknown: true };
const ADULT = { from: 18, to: null, unit: "years", at: "arrival" } as const;
const FROM_15 = { from: 15, to: null, unit: "years", at: "arrival" } as const;
/** Youth: 15 to 17 at arrival, past or near the end of compulsory school, not yet adults. */
const YOUTH = { from: 15, to: 17, unit: "years", at: "arrival" } as const;

const rule = (change: Partial<TStepRule>): TStepRule => ({ ...OPEN_RULE, ...change });
const NO_DEADLINE: TDeadlineRule = { kind: "none" };

export const DEFAULT_STEPS: TDefaultStep[] = [
  {
    key: "cpr-registration",
    section: "first",
    // Each person registers: the spouse and each child have their own step, gone once theirs is recorded.
    rules: (["newcomer", "spouse", "child"] as const).map((subject) => rule({ subject, stay: STAYS_LONG, cprRecorded: "no" })),
    deadline: { kind: "afterArrival", amount: 5, unit: "days", lateNoticeDays: 5 },
  },
  {
    key: "eu-residence-document",
    section: "first",
    rules: [rule({ residenceBases: ["EU_EEA_SWISS"], stay: STAYS_LONG })],
    deadline: { kind: "afterArrival", amount: 3, unit: "months", lateNoticeDays: 14 },
  },
  { key: "work-permit-follow-up", section: "first", rules: [rule({ residenceBases: ["WORK_PERMIT"] })], deadline: NO_DEADLINE },
  { key: "student-registration", section: "first", rules: [rule({ residenceBases: ["STUDENT"] })], deadline: NO_DEADLINE },
  {
    key: "integration-programme",
    section: "first",
    rules: [rule({ residenceBases: ["REFUGEE", "FAMILY_REUNIFICATION"] })],
    deadline: { kind: "afterArrival", amount: 1, unit: "months", lateNoticeDays: 14 },
  },
  { key: "nemkonto", section: "first", rules: [rule({ stay: STAYS_LONG })], deadline: NO_DEADLINE },
  { key: "mitid", section: "first", rules: [rule({ stay: STAYS_LONG, age: FROM_15 })], deadline: NO_DEADLINE },
  { key: "digital-post", section: "first", rules: [rule({ stay: STAYS_LONG })], deadline: NO_DEADLINE },
  { key: "tax-card", section: "first", rules: [rule({ stay: STAYS_LONG, age: FROM_15 })], deadline: NO_DEADLINE },
  {
    key: "daycare",
    section: "children",
    // From the daycare guarantee at 26 weeks until school start.
    rules: [rule({ subject: "child", stay: STAYS_LONG, schoolStart: "notYetAtArrival" })],
    deadline: { kind: "reachesAge", amount: 26, unit: "weeks", lateNoticeDays: 14 },
  },
  {
    key: "language-assessment",
    section: "children",
    // Around age 3: children who are 2 to 5 at arrival and not yet in school. The municipality contacts the family: no deadline.
    rules: [rule({ subject: "child", stay: STAYS_LONG, schoolStart: "notYetAtArrival", age: { from: 2, to: null, unit: "years", at: "arrival" } })],
    deadline: NO_DEADLINE,
  },
  {
    key: "school-enrolment",
    section: "children",
    // In school age at arrival, or starting school within the first year; reception classes take pupils up to 17.
    rules: [rule({ subject: "child", stay: STAYS_FOR_SCHOOL, schoolStart: "withinYearOfArrival", age: { from: null, to: 16, unit: "years", at: "arrival" } })],
    // Compulsory schooling from 1 August of the year the child turns 6.
    deadline: { kind: "annualDate", month: 8, day: 1, inYearOfAge: 6, lateNoticeDays: 14 },
  },
  { key: "youth-guidance", section: "children", rules: [rule({ subject: "child", stay: STAYS_LONG, age: YOUTH })], deadline: NO_DEADLINE },
  {
    key: "youth-danish",
    section: "children",
    rules: [
      rule({
        subject: "child",
        stay: STAYS_LONG,
        age: YOUTH,
        residenceBases: ["EU_EEA_SWISS", "WORK_PERMIT", "STUDENT", "ACCOMPANYING_FAMILY", "FAMILY_REUNIFICATION", "REFUGEE", "OTHER"],
      }),
    ],
    deadline: NO_DEADLINE,
  },
  { key: "youth-school", section: "children", rules: [rule({ subject: "child", age: YOUTH })], deadline: NO_DEADLINE },
  {
    key: "jobcenter-newcomer",
    section: "work",
    // Accompanying family, family-reunified and refugees; anyone else staying without a job or study place.
    rules: [
      rule({ residenceBases: ["ACCOMPANYING_FAMILY", "FAMILY_REUNIFICATION", "REFUGEE"], stay: STAYS_LONG, age: ADULT }),
      rule({ residenceBases: ["EU_EEA_SWISS", "NORDIC", "OTHER"], employerOrSchool: "no", stay: STAYS_LONG, age: ADULT }),
    ],
    deadline: NO_DEADLINE,
  },
  { key: "jobcenter-spouse", section: "work", rules: [rule({ subject: "spouse", spouseSeekingWork: "yes" })], deadline: NO_DEADLINE },
  { key: "danish-classes", section: "work", rules: [rule({ stay: STAYS_LONG, age: ADULT })], deadline: NO_DEADLINE },
  { key: "library", section: "everyday", rules: [rule({})], deadline: NO_DEADLINE },
  { key: "associations", section: "everyday", rules: [rule({})], deadline: NO_DEADLINE },
];

/** The steps the coded rules before them knew: the youth steps are new with the rules as data. */
export const NEW_DEFAULT_STEP_KEYS = ["youth-guidance", "youth-danish", "youth-school"];

/** The seeded steps as the rules engine reads them, with no place: for samples and tests. */
export const DEFAULT_STEP_DEFINITIONS: TStepDefinition[] = DEFAULT_STEPS.map((step) => ({ ...step, placeId: null }));
