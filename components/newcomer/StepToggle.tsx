import { getFormatter, getTranslations } from "next-intl/server";
import { toggleStepAction } from "@/app/[locale]/welcome/[token]/actions";

type TStepToggleProps = { token: string; locale: string; stepId: string; title: string; completedAt: Date | null };

/** A step's tick box: a form with a server action, saved at once, with or without JavaScript. */
export async function StepToggle({ token, locale, stepId, title, completedAt }: TStepToggleProps) {
  const [t, format] = await Promise.all([getTranslations("newcomer"), getFormatter()]);
  const isDone = completedAt !== null;
  return (
    <form action={toggleStepAction} className="step-toggle no-print">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="stepId" value={stepId} />
      <input type="hidden" name="isDone" value={isDone ? "no" : "yes"} />
      {isDone ? <p className="step-done">✓ {t("doneOn", { date: format.dateTime(completedAt, { dateStyle: "medium" }) })}</p> : null}
      <button
        type="submit"
        className={`button ${isDone ? "button-tertiary" : "button-secondary"}`}
        aria-pressed={isDone}
        aria-label={t(isDone ? "markNotDoneLabel" : "markDoneLabel", { step: title })}
      >
        {isDone ? t("markNotDone") : t("markDone")}
      </button>
    </form>
  );
}
