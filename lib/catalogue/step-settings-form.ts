import { RESIDENCE_BASES } from "@/lib/arrivals/residence-basis";
import { OPEN_RULE, type TStepRule } from "@/lib/steps/step-definition";
import { type TStepSettings, ZStepSettings } from "./step-settings";

/** One rule as its fieldset holds it: what was typed, kept as typed until it is saved. */
export type TRuleFormValues = {
  subject: string;
  bases: string[];
  ageFrom: string;
  ageTo: string;
  ageUnit: string;
  ageAt: string;
  stayMin: string;
  stayMax: string;
  stayUnknown: boolean;
  spouseSeekingWork: string;
  employerOrSchool: string;
  cprRecorded: string;
  schoolStart: string;
};

export type TStepSettingsFormValues = {
  isActive: boolean;
  section: string;
  position: string;
  placeId: string;
  rules: TRuleFormValues[];
  deadlineKind: string;
  deadlineAmount: string;
  deadlineUnit: string;
  deadlineMonth: string;
  deadlineDay: string;
  deadlineInYearOfAge: string;
  lateNoticeDays: string;
};

/** The most rules one step takes (the form's "add a rule" stops there). */
export const MAX_RULES = 10;

const text = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value));

export function ruleToFormValues(rule: TStepRule): TRuleFormValues {
  return {
    subject: rule.subject,
    bases: [...rule.residenceBases],
    ageFrom: text(rule.age?.from),
    ageTo: text(rule.age?.to),
    ageUnit: rule.age?.unit ?? "years",
    ageAt: rule.age?.at ?? "arrival",
    stayMin: text(rule.stay?.minMonths),
    stayMax: text(rule.stay?.maxMonths),
    stayUnknown: rule.stay?.includeUnknown ?? true,
    spouseSeekingWork: rule.spouseSeekingWork,
    employerOrSchool: rule.employerOrSchool,
    cprRecorded: rule.cprRecorded,
    schoolStart: rule.schoolStart,
  };
}

export const EMPTY_RULE_VALUES = ruleToFormValues(OPEN_RULE);

export function settingsToFormValues(settings: TStepSettings): TStepSettingsFormValues {
  const { deadline } = settings;
  return {
    isActive: settings.isActive,
    section: settings.section,
    position: String(settings.position),
    placeId: settings.placeId ?? "",
    rules: settings.rules.map(ruleToFormValues),
    deadlineKind: deadline.kind,
    deadlineAmount: deadline.kind === "afterArrival" || deadline.kind === "reachesAge" ? String(deadline.amount) : "",
    deadlineUnit: deadline.kind === "afterArrival" || deadline.kind === "reachesAge" ? deadline.unit : "days",
    deadlineMonth: deadline.kind === "annualDate" ? String(deadline.month) : "",
    deadlineDay: deadline.kind === "annualDate" ? String(deadline.day) : "",
    deadlineInYearOfAge: deadline.kind === "annualDate" ? text(deadline.inYearOfAge) : "",
    lateNoticeDays: deadline.kind === "none" ? "14" : text(deadline.lateNoticeDays),
  };
}

/** What the form posted, read field by field (anything not posted is empty); at most MAX_RULES rules. */
export function readStepSettingsForm(formData: FormData): TStepSettingsFormValues {
  const get = (name: string) => String(formData.get(name) ?? "").slice(0, 40);
  const count = Math.min(Number.parseInt(get("ruleCount"), 10) || 0, MAX_RULES);
  const rules = Array.from({ length: count }, (_, index): TRuleFormValues => {
    const field = (name: string) => get(`rules.${index}.${name}`);
    return {
      subject: field("subject"),
      bases: formData.getAll(`rules.${index}.bases`).map(String).slice(0, RESIDENCE_BASES.length),
      ageFrom: field("ageFrom"),
      ageTo: field("ageTo"),
      ageUnit: field("ageUnit"),
      ageAt: field("ageAt"),
      stayMin: field("stayMin"),
      stayMax: field("stayMax"),
      stayUnknown: field("stayUnknown") === "yes",
      spouseSeekingWork: field("spouseSeekingWork"),
      employerOrSchool: field("employerOrSchool"),
      cprRecorded: field("cprRecorded"),
      schoolStart: field("schoolStart"),
    };
  });
  return {
    isActive: get("isActive") === "yes",
    section: get("section"),
    position: get("position"),
    placeId: get("placeId"),
    rules,
    deadlineKind: get("deadlineKind"),
    deadlineAmount: get("deadlineAmount"),
    deadlineUnit: get("deadlineUnit"),
    deadlineMonth: get("deadlineMonth"),
    deadlineDay: get("deadlineDay"),
    deadlineInYearOfAge: get("deadlineInYearOfAge"),
    lateNoticeDays: get("lateNoticeDays"),
  };
}

/** A number as typed ("" is none); anything else is NaN, which the schema refuses. */
const numberOrNull = (value: string) => (value.trim() === "" ? null : /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN);

function deadlineFrom(values: TStepSettingsFormValues): unknown {
  const lateNoticeDays = numberOrNull(values.lateNoticeDays);
  switch (values.deadlineKind) {
    case "afterArrival":
    case "reachesAge":
      return { kind: values.deadlineKind, amount: numberOrNull(values.deadlineAmount), unit: values.deadlineUnit, lateNoticeDays };
    case "annualDate":
      return {
        kind: "annualDate",
        month: numberOrNull(values.deadlineMonth),
        day: numberOrNull(values.deadlineDay),
        inYearOfAge: numberOrNull(values.deadlineInYearOfAge),
        lateNoticeDays,
      };
    default:
      return { kind: values.deadlineKind || "none" };
  }
}

function ruleFrom(rule: TRuleFormValues): unknown {
  const ageFrom = numberOrNull(rule.ageFrom);
  const ageTo = numberOrNull(rule.ageTo);
  const stayMin = numberOrNull(rule.stayMin);
  const stayMax = numberOrNull(rule.stayMax);
  return {
    subject: rule.subject,
    residenceBases: rule.bases,
    age: ageFrom === null && ageTo === null ? null : { from: ageFrom, to: ageTo, unit: rule.ageUnit, at: rule.ageAt },
    // No length given: no condition on the stay (the "not known" box only qualifies a length).
    stay: stayMin === null && stayMax === null ? null : { minMonths: stayMin, maxMonths: stayMax, includeUnknown: rule.stayUnknown },
    spouseSeekingWork: rule.spouseSeekingWork,
    employerOrSchool: rule.employerOrSchool,
    cprRecorded: rule.cprRecorded,
    schoolStart: rule.schoolStart,
  };
}

/** The errors the schemas name; any other is a value the form does not offer ("invalid"). */
export const SETTINGS_ERRORS = ["noRule", "ageOpen", "ageOrder", "stayOrder", "invalid"] as const;

export type TSettingsParse = { ok: true; settings: TStepSettings } | { ok: false; errors: Record<string, string> };

/**
 * The form's values as settings, or per field what is wrong ("rules.0.age": "ageOrder"): the error
 * codes are the schema's own where it names one, "invalid" where a value is not one the form offers.
 */
export function parseStepSettingsForm(values: TStepSettingsFormValues): TSettingsParse {
  const parsed = ZStepSettings.safeParse({
    isActive: values.isActive,
    section: values.section,
    position: numberOrNull(values.position) ?? 0,
    placeId: values.placeId === "" ? null : values.placeId,
    rules: values.rules.map(ruleFrom),
    deadline: deadlineFrom(values),
  });
  if (parsed.success) return { ok: true, settings: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    // "rules.0.age.from" is told at its rule's age; "deadline.amount" at the deadline.
    const path = issue.path.slice(0, issue.path[0] === "rules" ? 3 : 1).join(".");
    errors[path] ??= (SETTINGS_ERRORS as readonly string[]).includes(issue.message) ? issue.message : "invalid";
  }
  return { ok: false, errors };
}
