import { isDanishWorkingDay } from "@/lib/dates/danish-calendar";
import { addDays, type TIsoDate } from "@/lib/dates/iso-date";

/**
 * Days before its deadline a built-in step is reminded of, unless the municipality set its own;
 * any other step with a deadline (a municipality's own) is reminded FALLBACK_LEAD_DAYS before.
 */
export const DEFAULT_REMINDER_LEAD_DAYS: Partial<Record<string, number>> = {
  // Five days after arrival: two days before leaves time to book a slot at Borgerservice.
  "cpr-registration": 2,
  "eu-residence-document": 14,
  "integration-programme": 7,
  daycare: 21,
  "school-enrolment": 14,
};
export const FALLBACK_LEAD_DAYS = 7;
/** The most and fewest days before a deadline an administrator may choose. */
export const LEAD_DAYS_RANGE = { min: 1, max: 60 } as const;
/** One e-mail carries every reminder that would fall due within this many days: a weekly digest, not an e-mail a day. */
export const DIGEST_WINDOW_DAYS = 7;

export type TReminderCandidate = { stepId: string; key: string; deadline: TIsoDate | null; isTicked: boolean };

export function leadDaysFor(key: string, municipalityLeadDays: Partial<Record<string, number>>): number {
  return municipalityLeadDays[key] ?? DEFAULT_REMINDER_LEAD_DAYS[key] ?? FALLBACK_LEAD_DAYS;
}

/** What "reminded before" is kept by: a step and the deadline it was reminded of. */
export const reminderKey = (stepId: string, deadline: TIsoDate) => `${stepId}|${deadline}`;

/** The working day on or before `day` (a reminder due on a Saturday goes out on the Friday). */
function workingDayOnOrBefore(day: TIsoDate): TIsoDate {
  let candidate = day;
  for (let tries = 0; tries < 14 && !isDanishWorkingDay(candidate); tries++) candidate = addDays(candidate, -1);
  return candidate;
}

/**
 * The steps one household is reminded of today, in packet order: none unless at least one step's
 * reminder day has come; then every step whose reminder day falls within the digest window goes
 * into the same e-mail. Only steps with a deadline still ahead (or today), not ticked, and not
 * reminded before for that deadline (`alreadyReminded` holds `reminderKey`s) are considered.
 * A reminder day falls on a working day: one that would fall on a weekend or holiday comes before it.
 */
export function planReminders<TStep extends TReminderCandidate>(input: {
  today: TIsoDate;
  /** The candidates come back as they were given (whatever else they carry), with their deadline. */
  steps: readonly TStep[];
  municipalityLeadDays: Partial<Record<string, number>>;
  alreadyReminded: ReadonlySet<string>;
}): (TStep & { deadline: TIsoDate })[] {
  const open = input.steps.flatMap((step) =>
    step.deadline !== null && !step.isTicked && step.deadline >= input.today && !input.alreadyReminded.has(reminderKey(step.stepId, step.deadline))
      ? [
          {
            step: { ...step, deadline: step.deadline },
            remindOn: workingDayOnOrBefore(addDays(step.deadline, -leadDaysFor(step.key, input.municipalityLeadDays))),
          },
        ]
      : [],
  );
  if (!open.some((entry) => entry.remindOn <= input.today)) return [];
  const windowEnd = addDays(input.today, DIGEST_WINDOW_DAYS - 1);
  return open.filter((entry) => entry.remindOn <= windowEnd).map((entry) => entry.step);
}
