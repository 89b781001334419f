import { createTranslator } from "next-intl";
import { RESIDENCE_BASES } from "@/lib/arrivals/residence-basis";
import { STAFF_MESSAGES } from "@/lib/i18n/all-messages";
import { DATE_LOCALE } from "@/lib/i18n/languages";
import type { TLocale } from "@/lib/i18n/routing";
import type { TDeadlineRule, TStepRule } from "./step-definition";

/**
 * A rule and a deadline in plain words for the administrator: "Each child aged 15–17 at arrival,
 * any residence basis but Nordic, staying 4 months or more or for a time not known".
 */
export function createRuleSummaries(locale: TLocale) {
  const t = createTranslator({ locale, messages: STAFF_MESSAGES[locale], namespace: "stepRules.summary" });
  const basisName = createTranslator({ locale, messages: STAFF_MESSAGES[locale], namespace: "residenceBasis" });
  const list = new Intl.ListFormat(locale, { type: "disjunction" });
  const and = new Intl.ListFormat(locale, { type: "conjunction" });

  function bases(rule: TStepRule): string {
    if (rule.residenceBases.length === 0 || rule.residenceBases.length === RESIDENCE_BASES.length) return t("anyBasis");
    const missing = RESIDENCE_BASES.filter((basis) => !rule.residenceBases.includes(basis));
    // "Any but Nordic" reads better than seven names.
    if (missing.length <= 2) return t("anyBasisBut", { bases: and.format(missing.map((basis) => basisName(basis))) });
    return t("basisOneOf", { bases: list.format(rule.residenceBases.map((basis) => basisName(basis))) });
  }

  function age(rule: TStepRule): string | null {
    if (!rule.age) return null;
    const { from, to, unit, at } = rule.age;
    const when = t(at === "arrival" ? "atArrival" : "today");
    if (from !== null && to !== null) return t(`ageBetween.${unit}`, { from, to, when });
    if (from !== null) return t(`ageFrom.${unit}`, { from, when });
    return t(`ageUpTo.${unit}`, { to: to ?? 0, when });
  }

  function stay(rule: TStepRule): string | null {
    if (!rule.stay) return null;
    const { minMonths, maxMonths, includeUnknown } = rule.stay;
    const known =
      minMonths !== null && maxMonths !== null
        ? t("stayBetween", { min: minMonths, max: maxMonths })
        : minMonths !== null
          ? t("stayFrom", { min: minMonths })
          : maxMonths !== null
            ? t("stayUpTo", { max: maxMonths })
            : null;
    if (!known) return includeUnknown ? t("stayUnknownOnly") : null;
    return includeUnknown ? t("stayOrUnknown", { stay: known }) : known;
  }

  function rule(rule: TStepRule): string {
    const parts = [
      [t(`subject.${rule.subject}`), age(rule)].filter(Boolean).join(" "),
      bases(rule),
      stay(rule),
      rule.spouseSeekingWork === "any" ? null : t(`spouseSeekingWork.${rule.spouseSeekingWork}`),
      rule.employerOrSchool === "any" ? null : t(`employerOrSchool.${rule.employerOrSchool}`),
      rule.cprRecorded === "any" ? null : t(`cprRecorded.${rule.cprRecorded}`),
      rule.schoolStart === "any" ? null : t(`schoolStart.${rule.schoolStart}`),
    ];
    return parts.filter((part): part is string => Boolean(part)).join(", ");
  }

  function deadline(deadline: TDeadlineRule): string {
    if (deadline.kind === "none") return t("deadline.none");
    const base =
      deadline.kind === "afterArrival"
        ? t(`deadline.afterArrival.${deadline.unit}`, { amount: deadline.amount })
        : deadline.kind === "reachesAge"
          ? t(`deadline.reachesAge.${deadline.unit}`, { amount: deadline.amount })
          : deadline.inYearOfAge !== null
            ? t("deadline.annualInYearOfAge", { date: dayMonth(locale, deadline.month, deadline.day), age: deadline.inYearOfAge })
            : t("deadline.annual", { date: dayMonth(locale, deadline.month, deadline.day) });
    return deadline.lateNoticeDays === null ? base : `${base}; ${t("deadline.lateNotice", { days: deadline.lateNoticeDays })}`;
  }

  return { rule, deadline };
}

function dayMonth(locale: TLocale, month: number, day: number): string {
  return new Intl.DateTimeFormat(DATE_LOCALE[locale], { day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2000, month - 1, day)));
}
