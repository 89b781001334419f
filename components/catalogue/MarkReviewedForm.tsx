import { markReviewedAction } from "@/lib/catalogue/review-actions";

type TMarkReviewedFormProps = {
  /** What is marked: a language's texts, with a step's id or a block of the public page for one text. */
  fields: Record<string, string | undefined>;
  /** The catalogue's action unless another set of texts (the public page's) is marked. */
  action?: (formData: FormData) => Promise<void>;
  /** The page's language, which the action returns to. */
  locale: string;
  label: string;
  /** Where the button's words alone would not say which language (a row of the overview). */
  accessibleName?: string;
};

/** "Mark as reviewed": a plain form, so it works without JavaScript. */
export function MarkReviewedForm({ fields, action = markReviewedAction, locale, label, accessibleName }: TMarkReviewedFormProps) {
  return (
    <form action={action} className="mark-reviewed-form">
      {Object.entries(fields).map(([name, value]) => (value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />))}
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="button button-secondary" aria-label={accessibleName}>
        {label}
      </button>
    </form>
  );
}
