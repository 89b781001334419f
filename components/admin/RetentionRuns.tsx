import { getTranslations } from "next-intl/server";
import { getDateFormatter } from "@/lib/i18n/server-formatter";
import type { listRetentionRuns } from "@/lib/retention/run-retention";

type TRun = Awaited<ReturnType<typeof listRetentionRuns>>[number];
/** A run still "running" after this long was cut off (a crash, a restart): the next run goes on from where it stopped. */
const INTERRUPTED_AFTER_MS = 2 * 60 * 60 * 1000;

export async function RetentionRuns({ runs, months, auditMonths, now }: { runs: TRun[]; months: number; auditMonths: number; now: Date }) {
  const [t, format] = await Promise.all([getTranslations("admin"), getDateFormatter()]);
  const statusOf = (run: TRun) =>
    run.status === "running" && now.getTime() - run.startedAt.getTime() > INTERRUPTED_AFTER_MS
      ? "interrupted"
      : (run.status as "running" | "finished" | "failed");
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : "–");
  return (
    <section aria-labelledby="retention-heading">
      <h2 id="retention-heading">{t("retention")}</h2>
      <p>{t("retentionText", { months, auditMonths })}</p>
      {runs.length === 0 ? (
        <p>{t("noRuns")}</p>
      ) : (
        <table className="table table--responsive-headers">
          <caption>{t("retentionRuns")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("runStarted")}</th>
              <th scope="col">{t("runFinished")}</th>
              <th scope="col">{t("runStatus")}</th>
              <th scope="col">{t("runAnonymised")}</th>
              <th scope="col">{t("runPurged")}</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.id}>
                <td data-title={t("runStarted")}>{when(run.startedAt)}</td>
                <td data-title={t("runFinished")}>{when(run.finishedAt)}</td>
                <td data-title={t("runStatus")}>{t(`status.${statusOf(run)}`)}</td>
                <td data-title={t("runAnonymised")}>{format.number(run.anonymised)}</td>
                <td data-title={t("runPurged")}>{format.number(run.auditRowsPurged)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
