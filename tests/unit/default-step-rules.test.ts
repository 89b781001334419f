import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RESIDENCE_BASES } from "@/lib/arrivals/residence-basis";
import { addDays, type TIsoDate, toIsoDate } from "@/lib/dates/iso-date";
import { DEFAULT_STEP_DEFINITIONS as definitions, NEW_DEFAULT_STEP_KEYS } from "@/lib/steps/default-step-definitions";
import { computeApplicableSteps, type TApplicableStep, type TRuleHousehold } from "@/lib/steps/step-rules";
import { computeCodedSteps } from "../support/coded-step-rules";

const day = (from: string, to: string) =>
  fc.date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true }).map((date) => toIsoDate(date));
/** A day up to `years` before `anchor` (and up to `after` days after it: a baby born since the arrival). */
const dayBefore = (anchor: TIsoDate, years: number, after = 0) =>
  fc.integer({ min: -Math.round(years * 365.25), max: after }).map((days) => addDays(anchor, days));
const name = fc.constantFrom("Olena", "Mateo", "Zofia", "Ahmad", "Ana");

/** Any household the register form can record: births across leap days, ages at every boundary, stays of every length. */
const household: fc.Arbitrary<TRuleHousehold> = day("2016-01-01", "2030-12-31").chain((arrivalDate) =>
  fc.record({
    arrivalDate: fc.constant(arrivalDate),
    dateOfBirth: dayBefore(arrivalDate, 80),
    residenceBasis: fc.constantFrom(...RESIDENCE_BASES),
    hasEmployerOrSchool: fc.boolean(),
    expectedStayMonths: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
    cprRegistered: fc.boolean(),
    spouse: fc.option(
      fc.record({
        id: fc.uuid(),
        givenName: name,
        familyName: name,
        dateOfBirth: fc.option(dayBefore(arrivalDate, 70), { nil: null }),
        seekingWork: fc.boolean(),
        cprRegistered: fc.boolean(),
      }),
      { nil: null },
    ),
    children: fc.uniqueArray(
      fc.record({ id: fc.uuid(), givenName: name, familyName: name, dateOfBirth: dayBefore(arrivalDate, 20, 60), cprRegistered: fc.boolean() }),
      { maxLength: 5, selector: (child) => child.id },
    ),
  }),
);

/** What the coded rules gave, with the fixes the data rules make on purpose (docs/decisions/019). */
function codedWithFixes(input: TRuleHousehold): TApplicableStep[] {
  // The language assessment's own text says the municipality contacts the family: no deadline.
  return computeCodedSteps(input).map((step) => (step.key === "language-assessment" ? { ...step, deadline: null } : step));
}

describe("the seeded step rules", () => {
  // 20,000 households take about 3 s on a quiet machine; a busy one is given time.
  it("give every household the steps and deadlines the coded rules gave, but for the language assessment's deadline", { timeout: 60_000 }, () => {
    let households = 0;
    let stepsCompared = 0;
    fc.assert(
      fc.property(household, (input) => {
        const fromData = computeApplicableSteps(input, definitions, { today: input.arrivalDate }).filter((step) => !NEW_DEFAULT_STEP_KEYS.includes(step.key));
        const coded = codedWithFixes(input);
        expect(fromData).toEqual(coded);
        households++;
        stepsCompared += coded.length;
      }),
      { numRuns: 20_000, seed: 20261205 },
    );
    // The closing note quotes these: how much the comparison covered.
    console.info(`default step rules compared on ${households} households, ${stepsCompared} steps`);
    expect(stepsCompared).toBeGreaterThan(households * 5);
  });

  it("give a child of 15 to 17 at arrival the youth steps, and a Nordic youth no Danish classes", () => {
    const youth: TRuleHousehold = {
      arrivalDate: "2026-12-01",
      dateOfBirth: "1980-01-01",
      residenceBasis: "EU_EEA_SWISS",
      hasEmployerOrSchool: true,
      expectedStayMonths: null,
      cprRegistered: false,
      spouse: null,
      children: [
        { id: "seventeen", givenName: "Ivan", familyName: "K", dateOfBirth: "2009-06-01" },
        { id: "fourteen", givenName: "Ira", familyName: "K", dateOfBirth: "2012-06-01" },
      ],
    };
    const keysFor = (input: TRuleHousehold, childId: string) =>
      computeApplicableSteps(input, definitions, { today: input.arrivalDate })
        .filter((step) => step.subject.kind === "child" && step.subject.childId === childId)
        .map((step) => step.key);
    expect(keysFor(youth, "seventeen")).toEqual(["cpr-registration", "youth-guidance", "youth-danish", "youth-school"]);
    expect(keysFor(youth, "fourteen")).toEqual(["cpr-registration", "school-enrolment"]);
    expect(keysFor({ ...youth, residenceBasis: "NORDIC" }, "seventeen")).toEqual(["cpr-registration", "youth-guidance", "youth-school"]);
  });
});
