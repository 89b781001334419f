import { getTranslations } from "next-intl/server";
import { setArrivalRemindersAction } from "@/lib/arrivals/arrival-page-actions";
import { getDateFormatter } from "@/lib/i18n/server-formatter";
import type { TArrivalReminders } from "@/lib/reminders/list-reminders";

/** The arrival's reminders on the caseworker's page: whether they are on and since when, consent at the counter, and what was sent. */
export async function ArrivalRemindersPanel({ arrivalId, reminders }: { arrivalId: string; reminders: TArrivalReminders }) {
  const [t, format] = await Promise.all([getTranslations("arrivalReminders"), getDateFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const { consent } = reminders;
  const toggle = (value: "on" | "off", label: string, style: string) => (
    <form action={setArrivalRemindersAction} className="arrival-reminders-form">
      <input type="hidden" name="arrivalId" value={arrivalId} />
      <input type="hidden" name="reminders" value={value} />
      <button type="submit" className={`button ${style}`}>
        {label}
      </button>
    </form>
  );
  return (
    <section aria-labelledby="arrival-reminders">
      <h2 id="arrival-reminders">{t("title")}</h2>
      {consent ? (
        <p>{t("on", { date: when(consent.at), source: t(consent.source === "NEWCOMER" ? "sourceNEWCOMER" : "sourceCOUNTER") })}</p>
      ) : (
        <p>{t(reminders.hasEmail ? "off" : "noEmail")}</p>
      )}
      {consent ? toggle("off", t("turnOff"), "button-secondary") : reminders.hasEmail ? toggle("on", t("recordConsent"), "button-secondary") : null}
      <h3>{t("sentHeading")}</h3>
      {reminders.mails.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t("sentAt")}</th>
              <th scope="col">{t("steps")}</th>
              <th scope="col">{t("status")}</th>
            </tr>
          </thead>
          <tbody>
            {reminders.mails.map((mail) => (
              <tr key={mail.mailId}>
                <td>{mail.sentAt ? when(mail.sentAt) : "–"}</td>
                <td>{mail.stepCount}</td>
                <td>{t(`statuses.${mail.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
