import { describe, expect, it } from "vitest";
import { planReminders, reminderKey, type TReminderCandidate } from "@/lib/reminders/plan-reminders";

// A household that arrived on 2026-09-01: CPR by 09-06 (reminded 2 days before), a child's school
// enrolment by 10-01 (14 days before), the tax card without a deadline.
const STEPS: TReminderCandidate[] = [
  { stepId: "cpr-registration", key: "cpr-registration", deadline: "2026-09-06", isTicked: false },
  { stepId: "tax-card", key: "tax-card", deadline: null, isTicked: false },
  { stepId: "school-enrolment-c1", key: "school-enrolment", deadline: "2026-10-01", isTicked: false },
];
const plan = (today: string, options: { steps?: TReminderCandidate[]; reminded?: string[]; leadDays?: Record<string, number> } = {}) =>
  planReminders({
    today,
    steps: options.steps ?? STEPS,
    municipalityLeadDays: options.leadDays ?? {},
    alreadyReminded: new Set(options.reminded ?? []),
  }).map((step) => step.stepId);

describe("planReminders: which steps a household is reminded of on a given day", () => {
  it("reminds of a step on its reminder day and each day after until its deadline, never before and never after", () => {
    expect(plan("2026-09-03")).toEqual([]);
    expect(plan("2026-09-04")).toEqual(["cpr-registration"]);
    expect(plan("2026-09-06")).toEqual(["cpr-registration"]);
    expect(plan("2026-09-07")).toEqual([]);
    expect(plan("2026-09-17")).toEqual(["school-enrolment-c1"]);
    expect(plan("2026-10-02")).toEqual([]);
  });

  it("never reminds twice of the same step and deadline, nor of a ticked step, nor of one without a deadline", () => {
    expect(plan("2026-09-05", { reminded: [reminderKey("cpr-registration", "2026-09-06")] })).toEqual([]);
    // A new deadline (the arrival was corrected) is a new reminder.
    expect(plan("2026-09-05", { reminded: [reminderKey("cpr-registration", "2026-09-04")] })).toEqual(["cpr-registration"]);
    expect(plan("2026-09-05", { steps: STEPS.map((step) => ({ ...step, isTicked: step.key === "cpr-registration" })) })).toEqual([]);
  });

  it("puts every reminder due within the week into one e-mail, in packet order", () => {
    const steps = [STEPS[0]!, { ...STEPS[2]!, deadline: "2026-09-22" }];
    // School enrolment would be due on 09-08: four days later, so it comes with the CPR reminder.
    expect(plan("2026-09-04", { steps })).toEqual(["cpr-registration", "school-enrolment-c1"]);
    // Once both are reminded, nothing more.
    expect(plan("2026-09-08", { steps, reminded: [reminderKey("cpr-registration", "2026-09-06"), reminderKey("school-enrolment-c1", "2026-09-22")] })).toEqual(
      [],
    );
  });

  it("uses the municipality's lead days for a step kind instead of the default", () => {
    expect(plan("2026-09-01", { leadDays: { "cpr-registration": 5 } })).toEqual(["cpr-registration"]);
    // One day before Tuesday 8 September is Monday: not on the Friday before.
    const tuesday = [{ ...STEPS[0]!, deadline: "2026-09-08" }];
    expect(plan("2026-09-04", { steps: tuesday, leadDays: { "cpr-registration": 1 } })).toEqual([]);
    expect(plan("2026-09-07", { steps: tuesday, leadDays: { "cpr-registration": 1 } })).toEqual(["cpr-registration"]);
  });

  it("moves a reminder day that falls on a weekend or holiday to the working day before it", () => {
    // One day before Sunday 6 September is Saturday: the reminder comes on Friday the 4th.
    expect(plan("2026-09-03", { leadDays: { "cpr-registration": 1 } })).toEqual([]);
    expect(plan("2026-09-04", { leadDays: { "cpr-registration": 1 } })).toEqual(["cpr-registration"]);
    // Three days before Monday 28 December is Christmas Day, and the 24th is closed too: the 23rd.
    const christmas = [{ ...STEPS[0]!, deadline: "2026-12-28" }];
    expect(plan("2026-12-22", { steps: christmas, leadDays: { "cpr-registration": 3 } })).toEqual([]);
    expect(plan("2026-12-23", { steps: christmas, leadDays: { "cpr-registration": 3 } })).toEqual(["cpr-registration"]);
  });
});
