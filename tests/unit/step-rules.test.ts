import { describe, expect, it } from "vitest";
import { addMonths, ageOn } from "@/lib/dates/iso-date";
import { DEFAULT_STEP_DEFINITIONS } from "@/lib/steps/default-step-definitions";
import { applicableStepId, computeApplicableSteps, stepMemberId, type TRuleHousehold } from "@/lib/steps/step-rules";

const SINGLE_EU_WORKER: TRuleHousehold = {
  arrivalDate: "2026-09-01",
  dateOfBirth: "1990-05-05",
  residenceBasis: "EU_EEA_SWISS",
  hasEmployerOrSchool: true,
  expectedStayMonths: 24,
  cprRegistered: false,
  spouse: null,
  children: [],
};
const child = (id: string, dateOfBirth: string) => ({ id, givenName: id, familyName: "Test", dateOfBirth });
const compute = (household: TRuleHousehold) => computeApplicableSteps(household, DEFAULT_STEP_DEFINITIONS, { today: household.arrivalDate });
const keys = (household: TRuleHousehold) => compute(household).map((step) => step.key);
const stepsFor = (household: TRuleHousehold, key: string) => compute(household).filter((step) => step.key === key);

describe("computeApplicableSteps", () => {
  it("gives a single EU worker the national steps and the EU residence document within 3 months", () => {
    expect(keys(SINGLE_EU_WORKER)).toEqual([
      "cpr-registration",
      "eu-residence-document",
      "nemkonto",
      "mitid",
      "digital-post",
      "tax-card",
      "danish-classes",
      "library",
      "associations",
    ]);
    expect(stepsFor(SINGLE_EU_WORKER, "eu-residence-document")[0]?.deadline).toBe("2026-12-01");
    expect(stepsFor(SINGLE_EU_WORKER, "cpr-registration")[0]?.deadline).toBe("2026-09-06");
  });

  it("gives a Nordic citizen no EU residence step", () => {
    expect(keys({ ...SINGLE_EU_WORKER, residenceBasis: "NORDIC" })).not.toContain("eu-residence-document");
  });

  it("leaves out CPR registration once it is done", () => {
    expect(keys({ ...SINGLE_EU_WORKER, cprRegistered: true })).not.toContain("cpr-registration");
  });

  it("gives a family without children no school or daycare step", () => {
    const couple = { ...SINGLE_EU_WORKER, spouse: { givenName: "Ana", familyName: "Test", seekingWork: true } };
    expect(keys(couple)).not.toContain("school-enrolment");
    expect(keys(couple)).not.toContain("daycare");
  });

  it("gives each person their own CPR registration, until theirs is recorded", () => {
    const family: TRuleHousehold = {
      ...SINGLE_EU_WORKER,
      spouse: { id: "spouse-1", givenName: "Ana", familyName: "Test", seekingWork: false },
      children: [child("kid-1", "2018-03-03"), { ...child("kid-2", "2021-03-03"), cprRegistered: true }],
    };
    const cpr = stepsFor(family, "cpr-registration");
    expect(cpr.map((step) => [step.subject.kind, stepMemberId(step), step.deadline])).toEqual([
      ["household", null, "2026-09-06"],
      ["spouse", "spouse-1", "2026-09-06"],
      ["child", "kid-1", "2026-09-06"],
    ]);
    const registered = { ...family, cprRegistered: true, spouse: { ...family.spouse!, cprRegistered: true } };
    expect(stepsFor(registered, "cpr-registration").map(stepMemberId)).toEqual(["kid-1"]);
  });

  it("names the spouse in the spouse's steps, as a child's name the child", () => {
    const seeking = {
      ...SINGLE_EU_WORKER,
      cprRegistered: true,
      spouse: { id: "spouse-1", givenName: "Ana", familyName: "Test", seekingWork: true, cprRegistered: true },
    };
    expect(stepsFor(seeking, "jobcenter-spouse").map(applicableStepId)).toEqual(["jobcenter-spouse-spouse-1"]);
  });

  it("sends a spouse seeking work to the Jobcenter, and not one who is not", () => {
    const seeking = { ...SINGLE_EU_WORKER, spouse: { givenName: "Ana", familyName: "Test", seekingWork: true } };
    expect(stepsFor(seeking, "jobcenter-spouse")).toEqual([{ key: "jobcenter-spouse", subject: { kind: "spouse", name: "Ana Test" }, deadline: null }]);
    expect(keys({ ...seeking, spouse: { ...seeking.spouse, seekingWork: false } })).not.toContain("jobcenter-spouse");
  });

  it("sends accompanying family and refugees, not a worker with a job, to the Jobcenter", () => {
    expect(keys(SINGLE_EU_WORKER)).not.toContain("jobcenter-newcomer");
    expect(keys({ ...SINGLE_EU_WORKER, hasEmployerOrSchool: false })).toContain("jobcenter-newcomer");
    expect(keys({ ...SINGLE_EU_WORKER, residenceBasis: "REFUGEE" })).toEqual(expect.arrayContaining(["jobcenter-newcomer", "integration-programme"]));
    expect(stepsFor({ ...SINGLE_EU_WORKER, residenceBasis: "REFUGEE" }, "integration-programme")[0]?.deadline).toBe("2026-10-01");
  });

  it("enrols a school-age child from arrival, with reception class and, for a limited stay, the international school", () => {
    const family = { ...SINGLE_EU_WORKER, children: [child("Zoë", "2018-03-10")] };
    expect(stepsFor(family, "school-enrolment")).toEqual([
      {
        key: "school-enrolment",
        subject: { kind: "child", childId: "Zoë", name: "Zoë Test", ageYears: 8 },
        deadline: "2026-09-01",
        options: { receptionClass: true, internationalSchool: true },
      },
    ]);
    expect(stepsFor({ ...family, expectedStayMonths: null }, "school-enrolment")[0]?.options?.internationalSchool).toBe(false);
  });

  it("gives a child turning 6 next month school enrolment from 1 August of that year, and still daycare until then", () => {
    // Arrives 1 September 2026; turns 6 on 1 October 2026 → school starts 1 August 2026 (already passed).
    const turningSix = { ...SINGLE_EU_WORKER, children: [child("Emil", "2020-10-01")] };
    expect(stepsFor(turningSix, "school-enrolment")[0]?.deadline).toBe("2026-09-01");
    expect(keys(turningSix)).not.toContain("daycare");
    // Arrives 1 February 2026; turns 6 in March → daycare now, school from 1 August 2026.
    const early = { ...turningSix, arrivalDate: "2026-02-01", children: [child("Ida", "2020-03-15")] };
    expect(stepsFor(early, "school-enrolment")[0]?.deadline).toBe("2026-08-01");
    expect(stepsFor(early, "daycare")[0]?.deadline).toBe("2026-02-01");
  });

  it("gives a baby under 26 weeks daycare from the day the guarantee starts, and no language assessment yet", () => {
    const baby = { ...SINGLE_EU_WORKER, children: [child("Baby", "2026-07-01")] };
    expect(stepsFor(baby, "daycare")[0]?.deadline).toBe("2026-12-30");
    expect(keys(baby)).not.toContain("language-assessment");
    expect(keys(baby)).not.toContain("school-enrolment");
  });

  it("gives a 3-year-old the language assessment, and one section per child, eldest first", () => {
    const family = { ...SINGLE_EU_WORKER, children: [child("Young", "2023-06-15"), child("Old", "2017-01-01")] };
    expect(
      compute(family)
        .filter((s) => s.subject.kind === "child" && s.key !== "cpr-registration")
        .map((s) => `${s.key}:${s.subject.kind === "child" ? s.subject.name : ""}`),
    ).toEqual(["daycare:Young Test", "language-assessment:Young Test", "school-enrolment:Old Test"]);
  });

  it("does not enrol children in school for a stay under 6 months", () => {
    expect(keys({ ...SINGLE_EU_WORKER, expectedStayMonths: 5, children: [child("Short", "2016-01-01")] })).not.toContain("school-enrolment");
  });

  it("handles a leap-day birthday", () => {
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(18);
    expect(ageOn("2008-02-29", "2026-02-27")).toBe(17);
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    // Born on a leap day: the daycare guarantee's 26 weeks are counted in days.
    const leapling = { ...SINGLE_EU_WORKER, arrivalDate: "2024-03-01", children: [child("Leap", "2024-02-29")] };
    expect(stepsFor(leapling, "daycare")[0]?.deadline).toBe("2024-08-29");
  });

  it("keeps a short stay to the library and associations", () => {
    expect(keys({ ...SINGLE_EU_WORKER, residenceBasis: "OTHER", hasEmployerOrSchool: true, expectedStayMonths: 2 })).toEqual(["library", "associations"]);
  });
});
