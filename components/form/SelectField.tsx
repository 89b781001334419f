import { FormField } from "./FormField";

type TSelectFieldProps = {
  /** The select's id and, unless `name` says otherwise, its name. */
  id: string;
  name?: string;
  label: string;
  hint?: string;
  error?: string;
  options: readonly { value: string; label: string }[];
  /** An empty first choice ("any", "choose…"), for a select that may be left open. */
  emptyOption?: string;
} & (
  | { value: string; onChange: (value: string) => void; defaultValue?: never }
  /** Uncontrolled: plain GET forms and server-rendered forms. */
  | { defaultValue?: string; value?: never; onChange?: never }
);

/** A labelled DKFDS select with its hint and error message. */
export function SelectField({ id, name = id, label, hint, error, options, emptyOption, value, onChange, defaultValue }: TSelectFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select
          className="form-select"
          id={id}
          name={name}
          {...(onChange ? { value, onChange: (event) => onChange(event.target.value) } : { defaultValue })}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        >
          {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
