import { z } from "zod";
import { ZResidenceBasis } from "@/lib/arrivals/residence-basis";

/**
 * A step as data: who gets it (rules), when it is due (a deadline rule), where in the packet it
 * stands. The built-in steps are seeded as such data (default-step-definitions.ts); a municipality
 * edits them and adds its own (docs/decisions/019).
 */

/** The packet's groups of steps, in the order the packet shows them. */
export const STEP_SECTIONS = ["first", "children", "work", "everyday"] as const;
export const ZStepSection = z.enum(STEP_SECTIONS);
export type TStepSection = z.infer<typeof ZStepSection>;

/** Whom a rule is about: the main newcomer (the household's step), the spouse, or each child. */
export const RULE_SUBJECTS = ["newcomer", "spouse", "child"] as const;
export const ZRuleSubject = z.enum(RULE_SUBJECTS);

const ZTriState = z.enum(["any", "yes", "no"]);
export type TTriState = z.infer<typeof ZTriState>;

const ZAgeCondition = z
  .object({
    /** Inclusive, in completed `unit`s: 15–17 years is from the 15th birthday to the day before the 18th. */
    from: z.number().int().min(0).max(1_200).nullable(),
    to: z.number().int().min(0).max(1_200).nullable(),
    unit: z.enum(["years", "months"]),
    /** On the arrival date, or on the day the steps are computed. */
    at: z.enum(["arrival", "today"]),
  })
  .refine((age) => age.from !== null || age.to !== null, { error: "ageOpen" })
  .refine((age) => age.from === null || age.to === null || age.from <= age.to, { error: "ageOrder" });

const ZStayCondition = z
  .object({
    /** Expected length of stay in months, inclusive; a stay of unknown length counts when `includeUnknown`. */
    minMonths: z.number().int().min(0).max(1_200).nullable(),
    maxMonths: z.number().int().min(0).max(1_200).nullable(),
    includeUnknown: z.boolean(),
  })
  .refine((stay) => stay.minMonths === null || stay.maxMonths === null || stay.minMonths <= stay.maxMonths, { error: "stayOrder" });

/**
 * One rule: the step applies to each person of the `subject` kind for whom every condition holds.
 * A step with several rules applies to whom any of them applies (the CPR registration's three: the
 * newcomer, the spouse, each child).
 */
export const ZStepRule = z.object({
  subject: ZRuleSubject,
  /** Any of these; empty: any residence basis. */
  residenceBases: z.array(ZResidenceBasis).max(20),
  /** The subject's age (a spouse without a birth date on record matches no age condition). */
  age: ZAgeCondition.nullable(),
  stay: ZStayCondition.nullable(),
  /** Whether the household's spouse is seeking work (no spouse: "no"). */
  spouseSeekingWork: ZTriState,
  /** Whether the record names an employer or place of study. */
  employerOrSchool: ZTriState,
  /** Whether the subject's CPR registration is recorded. */
  cprRecorded: ZTriState,
  /**
   * A child's school start (1 August of the year they turn 6, as compulsory schooling): not yet
   * begun on the arrival date, or begun or beginning within a year of it. Only for a child.
   */
  schoolStart: z.enum(["any", "notYetAtArrival", "withinYearOfArrival"]),
});
export type TStepRule = z.infer<typeof ZStepRule>;

/** A rule that holds for everyone of its subject: the editor's starting point. */
export const OPEN_RULE: TStepRule = {
  subject: "newcomer",
  residenceBases: [],
  age: null,
  stay: null,
  spouseSeekingWork: "any",
  employerOrSchool: "any",
  cprRecorded: "any",
  schoolStart: "any",
};

/**
 * When a step is due. Never before the arrival date; a deadline already past on the day the
 * household is registered becomes "as soon as possible": `lateNoticeDays` after registration
 * (null: the deadline stays as it was, and the letter says it has passed).
 */
export const ZDeadlineRule = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("none") }),
  /** Days, weeks or months after the arrival date. */
  z.object({
    kind: z.literal("afterArrival"),
    amount: z.number().int().min(0).max(730),
    unit: z.enum(["days", "weeks", "months"]),
    lateNoticeDays: z.number().int().min(1).max(90).nullable(),
  }),
  /** The day the person reaches an age (the daycare guarantee at 26 weeks). */
  z.object({
    kind: z.literal("reachesAge"),
    amount: z.number().int().min(0).max(1_200),
    unit: z.enum(["weeks", "months", "years"]),
    lateNoticeDays: z.number().int().min(1).max(90).nullable(),
  }),
  /**
   * A date each year (1 August, school start): in the year the person turns `inYearOfAge`, or
   * (null) the first such date on or after the arrival.
   */
  z.object({
    kind: z.literal("annualDate"),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    inYearOfAge: z.number().int().min(0).max(100).nullable(),
    lateNoticeDays: z.number().int().min(1).max(90).nullable(),
  }),
]);
export type TDeadlineRule = z.infer<typeof ZDeadlineRule>;

/** What the rules engine needs of a step. */
export type TStepDefinition = {
  key: string;
  section: TStepSection;
  rules: TStepRule[];
  deadline: TDeadlineRule;
  /** The office (or national body) the step is done at: its opening days move the deadline. */
  placeId: string | null;
};

/**
 * A step's key: lower-case letters, digits and hyphens, as it stands in URLs, ticks and statistics.
 * At most 27 characters: a step per person is stored as "<key>-<member uuid>" in 64.
 */
export const ZStepKey = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(27);
