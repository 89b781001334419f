export type TStepToggleLabels = {
  markDone: string;
  markNotDone: string;
  /** The button's accessible name, naming the step. */
  markDoneLabel: (step: string) => string;
  markNotDoneLabel: (step: string) => string;
  doneOn: (completedAt: Date) => string;
};

type TStepToggleProps = { stepId: string; title: string; completedAt: Date | null; labels: TStepToggleLabels };

/** The value a tick button submits: which step, and whether it is now done. */
export function stepToggleValue(stepId: string, isDone: boolean): string {
  return `${stepId}:${isDone ? "yes" : "no"}`;
}

/**
 * A step's tick box: a submit button of the page's one checklist form (ChecklistForm), saved at
 * once, with or without JavaScript. Synchronous, with its texts passed in: the newcomer's page
 * renders one per step on every view.
 */
export function StepToggle({ stepId, title, completedAt, labels }: TStepToggleProps) {
  const isDone = completedAt !== null;
  return (
    <>
      {isDone ? <p className="step-done">✓ {labels.doneOn(completedAt)}</p> : null}
      <button
        type="submit"
        name="toggle"
        value={stepToggleValue(stepId, !isDone)}
        className={`button no-print ${isDone ? "button-tertiary" : "button-secondary"}`}
        aria-pressed={isDone}
        aria-label={isDone ? labels.markNotDoneLabel(title) : labels.markDoneLabel(title)}
      >
        {isDone ? labels.markNotDone : labels.markDone}
      </button>
    </>
  );
}
