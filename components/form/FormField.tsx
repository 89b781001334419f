import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

type TFormFieldProps = {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  optionalLabel?: string;
  /** The error is announced as it appears (a refusal that comes back from the server without moving focus). */
  isErrorAnnounced?: boolean;
  /** The most characters a text field takes: said in the hint before typing, since `maxlength` cuts longer input silently. */
  maxLength?: number;
  /** Render the control itself, given the ids it must reference for screen readers. */
  children: (describedBy: string | undefined) => ReactNode;
};

/** A Det Fælles Designsystem form group: label, hint, error message next to the field. */
export function FormField({ id, label, error, hint, optionalLabel, isErrorAnnounced, maxLength, children }: TFormFieldProps) {
  const hintId = hint || maxLength ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`form-group${error ? " form-error" : ""}`}>
      <label className="form-label" htmlFor={id}>
        {label}
        {optionalLabel ? <span className="weight-normal"> {optionalLabel}</span> : null}
      </label>
      {hintId ? (
        <span className="form-hint" id={hintId}>
          {hint}
          {hint && maxLength ? " " : null}
          {maxLength ? <LengthLimit max={maxLength} /> : null}
        </span>
      ) : null}
      {error ? (
        <span className="form-error-message" id={errorId} role={isErrorAnnounced ? "alert" : undefined}>
          {error}
        </span>
      ) : null}
      {children(describedBy)}
    </div>
  );
}

/**
 * "At most 200 characters.": its own component, so that only a field with a limit asks for the
 * words (a newcomer's page is rendered outside next-intl's request, where only its own texts are loaded).
 */
function LengthLimit({ max }: { max: number }) {
  const t = useTranslations("common");
  return t("maxLengthHint", { max });
}
