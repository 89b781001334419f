import { describe, expect, it } from "vitest";
import { isDanishHoliday, isDanishWorkingDay } from "@/lib/dates/danish-calendar";
import type { TWeeklyHours } from "@/lib/municipalities/weekly-hours";
import { DEFAULT_STEP_DEFINITIONS } from "@/lib/steps/default-step-definitions";
import { createOpenDay } from "@/lib/steps/opening-calendar";
import { OPEN_RULE, type TStepDefinition } from "@/lib/steps/step-definition";
import { computeApplicableSteps, monthsOld, type TRuleHousehold } from "@/lib/steps/step-rules";

const open = (from: string, to: string) => [{ from, to }];
/** Borgerservice as the issue met it: closed at weekends, Friday 10–13. */
const BORGERSERVICE: TWeeklyHours = [
  open("10:00", "15:00"),
  open("10:00", "15:00"),
  open("10:00", "15:00"),
  open("10:00", "17:00"),
  open("10:00", "13:00"),
  [],
  [],
];
/** An office open Monday to Wednesday only. */
const THREE_DAYS: TWeeklyHours = [open("09:00", "12:00"), open("09:00", "12:00"), open("09:00", "12:00"), [], [], [], []];

const definitions = (placeId: string | null) => DEFAULT_STEP_DEFINITIONS.map((definition) => ({ ...definition, placeId }));
const isOpenDay = createOpenDay(
  new Map([
    ["borgerservice", BORGERSERVICE],
    ["three-days", THREE_DAYS],
  ]),
);

const household = (change: Partial<TRuleHousehold>): TRuleHousehold => ({
  arrivalDate: "2026-12-01",
  dateOfBirth: "1990-01-01",
  residenceBasis: "EU_EEA_SWISS",
  hasEmployerOrSchool: true,
  expectedStayMonths: null,
  cprRegistered: false,
  spouse: null,
  children: [],
  ...change,
});

const deadlineOf = (input: TRuleHousehold, key: string, options: { placeId?: string | null; steps?: TStepDefinition[]; calendar?: boolean } = {}) =>
  computeApplicableSteps(input, options.steps ?? definitions(options.placeId ?? "borgerservice"), {
    today: input.arrivalDate,
    ...(options.calendar === false ? {} : { isOpenDay }),
  }).find((step) => step.key === key)?.deadline;

describe("Danish holidays (date-holidays)", () => {
  it("knows Easter, Ascension, Whitsun and Christmas, the two days offices close with the shops, and no longer Great Prayer Day", () => {
    for (const day of [
      "2027-03-25",
      "2027-03-26",
      "2027-03-28",
      "2027-03-29",
      "2027-05-06",
      "2027-05-17",
      "2026-12-24",
      "2026-12-25",
      "2026-12-26",
      "2026-06-05",
    ]) {
      expect(isDanishHoliday(day), day).toBe(true);
    }
    // Store bededag was abolished from 2024.
    expect(isDanishHoliday("2027-04-23")).toBe(false);
    expect(isDanishWorkingDay("2026-12-04")).toBe(true);
    expect(isDanishWorkingDay("2026-12-05")).toBe(false);
  });
});

describe("a deadline falls on a day the step's place is open", () => {
  it("moves the CPR deadline off a Sunday to the Monday", () => {
    // Arrived Tuesday 1 December: five days later is Sunday 6 December.
    expect(deadlineOf(household({}), "cpr-registration", { calendar: false })).toBe("2026-12-06");
    expect(deadlineOf(household({}), "cpr-registration")).toBe("2026-12-07");
  });

  it("keeps a Friday: the office is open, if only 10–13", () => {
    expect(deadlineOf(household({ arrivalDate: "2026-11-29" }), "cpr-registration")).toBe("2026-12-04");
  });

  it("moves past Christmas Eve, Christmas and the weekend after it", () => {
    // Arrived Saturday 19 December: five days later is Christmas Eve.
    expect(deadlineOf(household({ arrivalDate: "2026-12-19" }), "cpr-registration")).toBe("2026-12-28");
  });

  it("moves past Easter, from Maundy Thursday to the Tuesday after Easter Monday", () => {
    expect(deadlineOf(household({ arrivalDate: "2027-03-20" }), "cpr-registration")).toBe("2027-03-30");
  });

  it("follows the office's own days: Thursday moves to Monday where it is open Monday to Wednesday", () => {
    // Arrived Saturday 5 December: five days later is Thursday 10 December.
    expect(deadlineOf(household({ arrivalDate: "2026-12-05" }), "cpr-registration", { placeId: "three-days" })).toBe("2026-12-14");
    // A place without opening hours (a national body) is open on working days.
    expect(deadlineOf(household({ arrivalDate: "2026-12-05" }), "cpr-registration", { placeId: null })).toBe("2026-12-10");
  });
});

describe("a household registered after a deadline passed", () => {
  // A family arriving 1 December, registered 4 December: the 7-year-old's school and the 2-year-old's daycare were due on arrival.
  const family = household({
    registeredOn: "2026-12-04",
    children: [
      { id: "seven", givenName: "Adam", familyName: "K", dateOfBirth: "2019-03-01" },
      { id: "two", givenName: "Ewa", familyName: "K", dateOfBirth: "2024-06-01" },
    ],
  });

  it("gets them as soon as possible: two weeks from the registration, on a day the office is open", () => {
    expect(deadlineOf(family, "school-enrolment")).toBe("2026-12-18");
    expect(deadlineOf(family, "daycare")).toBe("2026-12-18");
    // CPR was due on 6 December, after the registration: it keeps its own deadline (moved off the Sunday).
    expect(deadlineOf(family, "cpr-registration")).toBe("2026-12-07");
  });

  it("keeps the rules' deadlines when registered ahead of the arrival", () => {
    expect(deadlineOf({ ...family, registeredOn: "2026-11-20" }, "school-enrolment")).toBe("2026-12-01");
  });

  it("counts a late CPR registration five days from the registration", () => {
    expect(deadlineOf({ ...family, registeredOn: "2026-12-09" }, "cpr-registration")).toBe("2026-12-14");
  });

  it("gives the language assessment no deadline: the municipality contacts the family", () => {
    const three = household({ children: [{ id: "three", givenName: "Zofia", familyName: "K", dateOfBirth: "2023-06-01" }] });
    expect(computeApplicableSteps(three, definitions(null), { today: "2026-12-01" }).find((step) => step.key === "language-assessment")?.deadline).toBeNull();
  });
});

describe("ages and dates at their boundaries", () => {
  const youthStep = (at: "arrival" | "today", unit: "years" | "months", from: number, to: number): TStepDefinition => ({
    key: "youth",
    section: "children",
    rules: [{ ...OPEN_RULE, subject: "child", age: { from, to, unit, at } }],
    deadline: { kind: "none" },
    placeId: null,
  });
  const withChild = (dateOfBirth: string) => household({ children: [{ id: "c", givenName: "C", familyName: "K", dateOfBirth }] });
  const gets = (step: TStepDefinition, input: TRuleHousehold, today = input.arrivalDate) =>
    computeApplicableSteps(input, [step], { today }).some((applicable) => applicable.key === step.key);

  it("counts 15–17 from the 15th birthday to the day before the 18th", () => {
    const youth = youthStep("arrival", "years", 15, 17);
    expect(gets(youth, withChild("2011-12-01"))).toBe(true);
    expect(gets(youth, withChild("2011-12-02"))).toBe(false);
    expect(gets(youth, withChild("2008-12-02"))).toBe(true);
    expect(gets(youth, withChild("2008-12-01"))).toBe(false);
  });

  it("counts a leap-day child's birthday on 28 February in other years", () => {
    const fromTwo = youthStep("arrival", "years", 2, 5);
    expect(gets(fromTwo, { ...withChild("2024-02-29"), arrivalDate: "2026-02-28" })).toBe(true);
    expect(gets(fromTwo, { ...withChild("2024-02-29"), arrivalDate: "2026-02-27" })).toBe(false);
  });

  it("counts months of age, a month's end clamped", () => {
    expect(monthsOld("2026-01-31", "2026-07-30")).toBe(5);
    expect(monthsOld("2026-01-31", "2026-07-31")).toBe(6);
    expect(monthsOld("2026-01-31", "2026-02-28")).toBe(1);
    const babies = youthStep("arrival", "months", 6, 11);
    expect(gets(babies, { ...withChild("2026-05-15"), arrivalDate: "2026-11-15" })).toBe(true);
    expect(gets(babies, { ...withChild("2026-05-16"), arrivalDate: "2026-11-15" })).toBe(false);
  });

  it("counts an age today on the day the steps are computed, not the arrival", () => {
    const youthToday = youthStep("today", "years", 15, 17);
    const arrivedAt14 = withChild("2012-01-15");
    expect(gets(youthToday, arrivedAt14, "2026-12-01")).toBe(false);
    expect(gets(youthToday, arrivedAt14, "2027-01-15")).toBe(true);
  });

  it("puts a yearly date in the year the child reaches an age, and a date without an age on the next one after arrival", () => {
    const schoolFrom6 = (deadline: TStepDefinition["deadline"]): TStepDefinition => ({ ...youthStep("arrival", "years", 0, 17), deadline });
    const yearly = (inYearOfAge: number | null) => schoolFrom6({ kind: "annualDate", month: 2, day: 29, inYearOfAge, lateNoticeDays: null });
    const child = withChild("2021-05-01");
    const due = (step: TStepDefinition) => computeApplicableSteps(child, [step], { today: child.arrivalDate })[0]?.deadline;
    // 29 February falls on 28 February in 2027 (the year the child turns 6), and in 2027 after a December arrival.
    expect(due(yearly(6))).toBe("2027-02-28");
    expect(due(yearly(null))).toBe("2027-02-28");
    expect(due(schoolFrom6({ kind: "reachesAge", amount: 6, unit: "years", lateNoticeDays: null }))).toBe("2027-05-01");
    // A date already past at arrival: on the arrival date, not before.
    expect(due(schoolFrom6({ kind: "reachesAge", amount: 2, unit: "years", lateNoticeDays: null }))).toBe("2026-12-01");
  });
});
