import { getTranslations } from "next-intl/server";
import { getDateFormatter } from "@/lib/i18n/server-formatter";
import { tickStepAtDeskAction } from "@/lib/progress/desk-tick-actions";
import type { TStepTick } from "@/lib/progress/step-progress";

export type TDeskStep = { id: string; title: string; tick: TStepTick | null };

/**
 * The household's steps on the arrival page, each with who ticked it and when, and a button to mark
 * it done at the counter (or undo): plain forms, so it works by keyboard and without JavaScript.
 */
export async function DeskChecklist({ arrivalId, steps }: { arrivalId: string; steps: TDeskStep[] }) {
  const [t, format] = await Promise.all([getTranslations("deskChecklist"), getDateFormatter()]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium" });
  const statusOf = (tick: TStepTick | null) => {
    if (!tick) return t("notDone");
    if (!tick.isAtCounter) return t("doneByNewcomer", { date: day(tick.completedAt) });
    return tick.markedByName
      ? t("doneAtCounter", { date: day(tick.completedAt), name: tick.markedByName })
      : t("doneAtCounterNobody", { date: day(tick.completedAt) });
  };
  return (
    <section aria-labelledby="desk-checklist" className="desk-checklist">
      <h2 id="desk-checklist">{t("title")}</h2>
      {steps.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <p>{t("summary", { done: steps.filter((step) => step.tick).length, total: steps.length })}</p>
          <p className="form-hint">{t("intro")}</p>
          <ul className="nobullet-list desk-steps">
            {steps.map((step) => (
              <li key={step.id} id={`step-${step.id}`} className="desk-step">
                <span className="desk-step-title">
                  {step.tick ? "✓ " : "○ "}
                  {step.title}
                </span>
                <span className="desk-step-status">{statusOf(step.tick)}</span>
                <form action={tickStepAtDeskAction} className="desk-step-form">
                  <input type="hidden" name="arrivalId" value={arrivalId} />
                  <input type="hidden" name="stepId" value={step.id} />
                  <input type="hidden" name="done" value={step.tick ? "no" : "yes"} />
                  <button
                    type="submit"
                    className={`button ${step.tick ? "button-tertiary" : "button-secondary"}`}
                    aria-label={step.tick ? t("undoFor", { step: step.title }) : t("markDoneFor", { step: step.title })}
                  >
                    {step.tick ? t("undo") : t("markDone")}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
