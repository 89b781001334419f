import { createTranslator } from "next-intl";
import { countryName } from "@/lib/countries/country-options";
import { spreadsheetCsv } from "@/lib/csv/spreadsheet-csv";
import { danishDayOf, type TIsoDate } from "@/lib/dates/iso-date";
import { STAFF_MESSAGES } from "@/lib/i18n/all-messages";
import type { TLocale } from "@/lib/i18n/routing";
import type { TWorkListRow } from "./work-list";
import type { TWorkListSection } from "./work-list-query";

/**
 * The work list as one CSV for the team meeting: a row per household and list it is on, with what
 * the page shows (steps and deadlines as ISO dates, so a spreadsheet sorts them). Every text cell
 * is neutralised by spreadsheetCsv: a name can never run as a formula.
 */
export function workListCsv(sections: { section: TWorkListSection; rows: TWorkListRow[] }[], options: { locale: TLocale; appUrl: string }) {
  const messages = STAFF_MESSAGES[options.locale];
  const t = createTranslator({ locale: options.locale, messages, namespace: "worklist" });
  const search = createTranslator({ locale: options.locale, messages, namespace: "arrivalSearch" });
  const basis = createTranslator({ locale: options.locale, messages, namespace: "residenceBasis" });
  const day = (instant: Date | null): TIsoDate | "" => (instant ? danishDayOf(instant) : "");
  const header = [
    t("csvSection"),
    t("csvName"),
    t("csvLatinName"),
    t("arrivalDate"),
    search("nationality"),
    search("basis"),
    t("csvDeadlines"),
    t("lastOpened"),
    t("assignedTo"),
    t("why"),
    t("csvArrivalLink"),
  ];
  const rows = sections.flatMap(({ section, rows: households }) =>
    households.map((row) => [
      t(`sections.${section}.heading`, { count: households.length }).replace(/\s*\(\d+\)$/, ""),
      row.name,
      row.latinName ?? "",
      row.arrivalDate,
      countryName(row.nationality, options.locale),
      basis(row.residenceBasis),
      row.dueSteps.map((step) => `${step.title}: ${step.deadline}`).join("; "),
      day(row.lastOpenedAt),
      row.assignedToName ?? "",
      [
        ...(section === "notOpened" && row.unopenedPacketSince ? [t("unopened", { date: day(row.unopenedPacketSince) })] : []),
        ...(section === "outdated"
          ? row.outdatedReasons.map((reason) =>
              reason.kind === "edited"
                ? t("outdatedEdited")
                : reason.kind === "link-replaced"
                  ? t("outdatedLink")
                  : t("outdatedStepText", { step: reason.stepTitle }),
            )
          : []),
      ].join("; "),
      `${options.appUrl}/${options.locale}/arrivals/${row.id}`,
    ]),
  );
  return spreadsheetCsv([header, ...rows], options.locale);
}
