import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Pagination } from "@/components/arrivals/Pagination";
import { generatePacketAction } from "@/lib/arrivals/arrival-page-actions";
import { danishDayOf, formatDay, fromIsoDate, type TIsoDate } from "@/lib/dates/iso-date";
import { DATE_LOCALE } from "@/lib/i18n/languages";
import type { TLocale } from "@/lib/i18n/routing";
import { getDateFormatter } from "@/lib/i18n/server-formatter";
import type { TWorkListRow, TWorkListSectionResult } from "@/lib/worklist/work-list";
import type { TWorkListSection } from "@/lib/worklist/work-list-query";

type TProps = {
  result: TWorkListSectionResult;
  locale: TLocale;
  today: TIsoDate;
  /** The address of this section shown whole (with the filters), and of its pages. */
  sectionHref: (page?: number) => string;
  isWhole: boolean;
};

type TColumn = "household" | "steps" | "lastOpened" | "assignedTo" | "arrivalDate" | "why" | "whatChanged";

const COLUMNS: Record<TWorkListSection, TColumn[]> = {
  due: ["household", "steps", "lastOpened", "assignedTo"],
  overdue: ["household", "steps", "lastOpened", "assignedTo"],
  notOpened: ["household", "why", "arrivalDate", "assignedTo"],
  noEmail: ["household", "steps", "arrivalDate", "assignedTo"],
  outdated: ["household", "whatChanged", "assignedTo"],
  thisWeek: ["household", "arrivalDate", "steps", "assignedTo"],
  mine: ["household", "arrivalDate", "steps", "lastOpened", "assignedTo"],
};

const DAY_MS = 86_400_000;

/** One section of the work list: its heading with the count, its rows (stacked on a phone), and the way to all of them. */
export async function WorkListSection({ result, locale, today, sectionHref, isWhole }: TProps) {
  const [t, format] = await Promise.all([getTranslations("worklist"), getDateFormatter()]);
  const count = `${format.number(result.total)}${result.isCapped ? "+" : ""}`;
  const headingId = `worklist-${result.section}`;
  const day = (date: Date | TIsoDate) => formatDay(typeof date === "string" ? fromIsoDate(date) : date, DATE_LOCALE[locale]);
  const daysAgo = (instant: Date) => Math.round((fromIsoDate(today).getTime() - fromIsoDate(danishDayOf(instant)).getTime()) / DAY_MS);

  const cell = (column: TColumn, row: TWorkListRow): ReactNode => {
    switch (column) {
      case "household":
        return (
          <>
            <a href={`/${locale}/arrivals/${row.id}`}>{row.name}</a>
            {row.latinName ? (
              <span className="worklist-latin" lang="en">
                {row.latinName}
              </span>
            ) : null}
          </>
        );
      case "steps":
        return row.dueSteps.length === 0 ? (
          "–"
        ) : (
          <ul className="nobullet-list worklist-steps">
            {row.dueSteps.map((step) => (
              <li key={`${step.stepKey}-${step.title}`}>
                {step.title}:{" "}
                <strong>{step.deadline < today ? t("overdueSince", { date: day(step.deadline) }) : t("deadlineOn", { date: day(step.deadline) })}</strong>
              </li>
            ))}
          </ul>
        );
      case "lastOpened":
        if (!row.lastOpenedAt) return t("neverOpened");
        return daysAgo(row.lastOpenedAt) === 0 ? t("openedToday") : t("openedDaysAgo", { days: daysAgo(row.lastOpenedAt) });
      case "assignedTo":
        return row.assignedToName ?? t("nobody");
      case "arrivalDate":
        return row.arrivalDate === today ? (
          <>
            {day(row.arrivalDate)} <strong className="worklist-today">{t("today")}</strong>
          </>
        ) : (
          day(row.arrivalDate)
        );
      case "why":
        return row.unopenedPacketSince ? t("unopened", { date: day(row.unopenedPacketSince) }) : "–";
      case "whatChanged":
        return (
          <>
            <ul className="nobullet-list">
              {row.outdatedReasons.map((reason) => (
                <li key={reason.kind === "step-text" ? reason.stepTitle : reason.kind}>
                  {reason.kind === "edited"
                    ? t("outdatedEdited")
                    : reason.kind === "link-replaced"
                      ? t("outdatedLink")
                      : t("outdatedStepText", { step: reason.stepTitle })}
                </li>
              ))}
            </ul>
            <p className="worklist-advice">{t("outdatedAdvice")}</p>
            {row.packetLanguage ? (
              <form action={generatePacketAction}>
                <input type="hidden" name="arrivalId" value={row.id} />
                <input type="hidden" name="language" value={row.packetLanguage} />
                <button type="submit" className="button button-secondary" aria-label={t("regenerateFor", { name: row.name })}>
                  {t("regenerate")}
                </button>
              </form>
            ) : null}
          </>
        );
    }
  };

  const columns = COLUMNS[result.section];
  return (
    <section aria-labelledby={headingId} className="worklist-section">
      <h2 id={headingId} className="h3">
        {t(`sections.${result.section}.heading`, { count })}
      </h2>
      {result.rows.length === 0 ? (
        <p>{t(`sections.${result.section}.empty`)}</p>
      ) : (
        <table className="table table--responsive-headers worklist-table">
          <caption className="sr-only">{t(`sections.${result.section}.heading`, { count })}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {t(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => (
              <tr key={row.id}>
                {columns.map((column) => (
                  <td key={column} data-title={t(column)}>
                    {cell(column, row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.isCapped ? <p className="form-hint">{t("capped", { count })}</p> : null}
      {isWhole ? (
        <Pagination page={result.page} pageCount={result.pageCount} hrefFor={sectionHref} />
      ) : result.total > result.rows.length ? (
        <p>
          <a href={sectionHref()}>{t("showAll", { count })}</a>
        </p>
      ) : null}
    </section>
  );
}
