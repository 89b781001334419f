import { getTranslations } from "next-intl/server";
import { setRemindersAction } from "@/app/[locale]/welcome/[token]/actions";
import { Alert } from "@/components/ui/Alert";

const OUTCOMES = ["on", "off", "no-email", "invalid"] as const;

/** Reminders by e-mail before deadlines, on the newcomer's page: off until they turn them on. A plain form, no JavaScript. */
export async function RemindersPanel(props: { token: string; locale: string; email: string | null; isOn: boolean; outcome?: string }) {
  const t = await getTranslations("reminders");
  const outcome = OUTCOMES.find((candidate) => candidate === props.outcome);
  return (
    <section aria-labelledby="reminders" className="reminders-panel no-print">
      <h2 id="reminders">{t("title")}</h2>
      {outcome ? (
        <Alert variant={outcome === "on" || outcome === "off" ? "success" : "error"} role="status">
          <p className="alert-text">{t(`outcomes.${outcome}`)}</p>
        </Alert>
      ) : null}
      {props.email ? (
        <>
          <p>{props.isOn ? t("isOn", { email: props.email }) : t("isOff", { email: props.email })}</p>
          <form action={setRemindersAction}>
            <input type="hidden" name="token" value={props.token} />
            <input type="hidden" name="locale" value={props.locale} />
            <input type="hidden" name="reminders" value={props.isOn ? "off" : "on"} />
            <button type="submit" className={`button ${props.isOn ? "button-secondary" : "button-primary"}`}>
              {t(props.isOn ? "turnOff" : "turnOn")}
            </button>
          </form>
        </>
      ) : (
        <p>{t("noEmail")}</p>
      )}
    </section>
  );
}
