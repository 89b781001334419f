/** The catalogue's step keys, in the order the packet lists them. */
export const STEP_KEYS = [
  "cpr-registration",
  "eu-residence-document",
  "work-permit-follow-up",
  "student-registration",
  "integration-programme",
  "nemkonto",
  "mitid",
  "digital-post",
  "tax-card",
  "daycare",
  "language-assessment",
  "school-enrolment",
  "jobcenter-newcomer",
  "jobcenter-spouse",
  "danish-classes",
  "library",
  "associations",
] as const;

export type TStepKey = (typeof STEP_KEYS)[number];

export function isStepKey(value: string): value is TStepKey {
  return (STEP_KEYS as readonly string[]).includes(value);
}
