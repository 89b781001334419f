import { FormField } from "./FormField";

type TTextFieldProps = {
  /** The input's id and name. */
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  optionalLabel?: string;
  type?: "text" | "email" | "tel" | "date";
  /** A DKFDS width class, e.g. "input-width-m"; dates default to "input-width-s". */
  width?: string;
  autoComplete?: string;
  /** The most characters the field takes: typing stops there, the schema says so when pasted past it. */
  maxLength?: number;
};

/** A labelled DKFDS text input (or date input) with its hint and error message. */
export function TextField({ id, label, value, onChange, error, hint, optionalLabel, type = "text", width, autoComplete = "off", maxLength }: TTextFieldProps) {
  return (
    <FormField id={id} label={label} error={error} hint={hint} optionalLabel={optionalLabel} maxLength={type === "text" ? maxLength : undefined}>
      {(describedBy) => (
        <input
          className={`form-input ${width ?? (type === "date" ? "input-width-s" : "")}`}
          id={id}
          name={id}
          type={type}
          value={value}
          maxLength={maxLength}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={type === "date" ? undefined : autoComplete}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        />
      )}
    </FormField>
  );
}
