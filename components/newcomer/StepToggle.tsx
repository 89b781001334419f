import type { TStepTick } from "@/lib/progress/step-progress";

export type TStepToggleLabels = {
  notDoneYet: string;
  /** "Done 24 Nov 2026": the state in words once ticked; "Marked done at Borgerservice on …" when a caseworker ticked it. */
  doneOn: (tick: TStepTick) => string;
};

type TStepToggleProps = { stepId: string; title: string; tick: TStepTick | null; labels: TStepToggleLabels };

/** The value a tick button submits: which step, and whether it is now done. */
export function stepToggleValue(stepId: string, isDone: boolean): string {
  return `${stepId}:${isDone ? "yes" : "no"}`;
}

/**
 * A step's tick box: looks and reads as a checkbox beside the words "Not done yet" or "Done" with
 * the day. Its name is those words and then the step ("Not done yet – Register for a CPR number,
 * checkbox, not checked"): the visible label starts the spoken name, so a voice-control user can say
 * what they see (WCAG 2.5.3), and a screen reader user hears which step it is. It is a submit button
 * of the page's one checklist form (ChecklistForm), so a tick is saved at once, with or without
 * JavaScript. Synchronous, with its texts passed in: the page renders one per step on every view.
 */
export function StepToggle({ stepId, title, tick, labels }: TStepToggleProps) {
  const isDone = tick !== null;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a submit button, so the tick is saved without JavaScript; it reads as the checkbox it looks like.
    <button type="submit" name="toggle" value={stepToggleValue(stepId, !isDone)} className="step-toggle" role="checkbox" aria-checked={isDone}>
      <span className="step-toggle-box" />
      <span className={isDone ? "step-done" : undefined}>{isDone ? labels.doneOn(tick) : labels.notDoneYet}</span>
      <span className="sr-only"> – {title}</span>
    </button>
  );
}
