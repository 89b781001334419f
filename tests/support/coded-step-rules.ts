import { addDays, addMonths, ageOn, birthdayInYear, laterOf, type TIsoDate } from "@/lib/dates/iso-date";
import type { TApplicableStep, TRuleChild, TRuleHousehold } from "@/lib/steps/step-rules";

/**
 * The step rules as code, frozen as they were before they became data (commit 01df375,
 * lib/steps/step-rules.ts): the seeded data rules are compared with them (tests/unit/default-step-rules.test.ts).
 * Not used by the app.
 */
type TStepKey = string;

type THouseholdRule = { key: TStepKey; per: "household"; applies: (h: TRuleHousehold) => boolean; deadline: (h: TRuleHousehold) => TIsoDate | null };
type TChildRule = {
  key: TStepKey;
  per: "child";
  applies: (child: TRuleChild, h: TRuleHousehold) => boolean;
  deadline: (child: TRuleChild, h: TRuleHousehold) => TIsoDate | null;
};
type TSpouseRule = { key: TStepKey; per: "spouse"; applies: (h: TRuleHousehold) => boolean; deadline: (h: TRuleHousehold) => TIsoDate | null };

/** Compulsory schooling starts 1 August of the year the child turns 6. */
const schoolStart = (child: TRuleChild): TIsoDate => `${Number(child.dateOfBirth.slice(0, 4)) + 6}-08-01`;
/** The daycare guarantee starts when the child is 26 weeks old. */
const daycareFrom = (child: TRuleChild): TIsoDate => addDays(child.dateOfBirth, 26 * 7);
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

/** The one table of rules: which steps apply to a household, for whom, and by when. Order = packet order. */
const STEP_RULES: (THouseholdRule | TChildRule | TSpouseRule)[] = [
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

export function computeCodedSteps(household: TRuleHousehold): TApplicableStep[] {
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
