import { FormField } from "./FormField";

type TInputFieldProps = {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  error?: string;
  type?: "text" | "search" | "date" | "number" | "email" | "password";
  /** For numbers: the range the browser offers (the server checks it again). */
  min?: number;
  max?: number;
  maxLength?: number;
  /** A DKFDS width class, e.g. "input-width-l". */
  width?: string;
  defaultValue?: string;
  autoComplete?: string;
  required?: boolean;
};

/** A labelled DKFDS input, uncontrolled: the fields of forms that work without JavaScript (searches, periods, days, sign-in). */
export function InputField({
  id,
  name = id,
  label,
  hint,
  error,
  type = "text",
  width,
  defaultValue,
  min,
  max,
  maxLength,
  autoComplete,
  required,
}: TInputFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} maxLength={type === "text" ? maxLength : undefined}>
      {(describedBy) => (
        <input
          className={width ? `form-input ${width}` : "form-input"}
          id={id}
          name={name}
          type={type}
          min={min}
          max={max}
          maxLength={maxLength}
          autoComplete={autoComplete}
          required={required}
          defaultValue={defaultValue ?? ""}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        />
      )}
    </FormField>
  );
}
