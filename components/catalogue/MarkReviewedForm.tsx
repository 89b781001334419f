import { markReviewedAction } from "@/lib/catalogue/review-actions";
import type { TPacketLanguage } from "@/lib/i18n/languages";

type TMarkReviewedFormProps = {
  language: TPacketLanguage;
  /** One step's text; without it, every text of the language. */
  stepId?: string;
  /** The page's language, which the action returns to. */
  locale: string;
  label: string;
  /** Where the button's words alone would not say which language (a row of the overview). */
  accessibleName?: string;
};

/** "Mark as reviewed": a plain form, so it works without JavaScript. */
export function MarkReviewedForm({ language, stepId, locale, label, accessibleName }: TMarkReviewedFormProps) {
  return (
    <form action={markReviewedAction} className="mark-reviewed-form">
      <input type="hidden" name="language" value={language} />
      {stepId ? <input type="hidden" name="stepId" value={stepId} /> : null}
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="button button-secondary" aria-label={accessibleName}>
        {label}
      </button>
    </form>
  );
}
