import { getTranslations } from "next-intl/server";
import { InputField } from "@/components/form/InputField";
import { Alert } from "@/components/ui/Alert";
import type { TPacketLanguage } from "@/lib/i18n/languages";
import { REMINDER_OUTCOMES } from "@/lib/newcomer/newcomer-form-posts";

const GOOD_OUTCOMES = new Set<string>(["on", "off", "email-sent"]);

/** Reminders by e-mail before deadlines, on the newcomer's page: off until they turn them on. Plain forms posted to the page's own address. */
export async function RemindersPanel(props: { locale: TPacketLanguage; pageHref: string; email: string | null; isOn: boolean; outcome?: string | null }) {
  const t = await getTranslations({ locale: props.locale, namespace: "reminders" });
  const outcome = REMINDER_OUTCOMES.find((candidate) => candidate === props.outcome);
  const state = props.email ? t(props.isOn ? "isOn" : "isOff", { email: props.email }) : null;
  // Just turned on or off: the confirmation is the state itself, said once.
  const isStateSaid = (outcome === "on" || outcome === "off") && state !== null;
  return (
    <section aria-labelledby="reminders" className="reminders-panel no-print">
      <h2 id="reminders">{t("title")}</h2>
      {outcome ? (
        <Alert variant={GOOD_OUTCOMES.has(outcome) ? "success" : "error"} role="status">
          <p className="alert-text">{isStateSaid && state ? state : t(`outcomes.${outcome}`)}</p>
        </Alert>
      ) : null}
      {props.email ? (
        <>
          {isStateSaid ? null : <p>{state}</p>}
          <form action={props.pageHref} method="post">
            <input type="hidden" name="reminders" value={props.isOn ? "off" : "on"} />
            <button type="submit" className={`button ${props.isOn ? "button-secondary" : "button-primary"}`}>
              {t(props.isOn ? "turnOff" : "turnOn")}
            </button>
          </form>
          <details className="change-email" open={outcome === "email-invalid" || undefined}>
            <summary>{t("changeEmail")}</summary>
            <form action={props.pageHref} method="post" className="email-change-form">
              <InputField
                id="new-email"
                name="email"
                type="email"
                label={t("newEmail")}
                hint={t("newEmailHint")}
                autoComplete="email"
                maxLength={254}
                required
              />
              <button type="submit" className="button button-secondary">
                {t("sendConfirmation")}
              </button>
            </form>
          </details>
        </>
      ) : (
        <p>{t("noEmail")}</p>
      )}
    </section>
  );
}
