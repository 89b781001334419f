import { FormField } from "./FormField";

type TSelectFieldProps = {
  /** The select's id and, unless `name` says otherwise, its name. */
  id: string;
  name?: string;
  label: string;
  hint?: string;
  error?: string;
  options: readonly { value: string; label: string }[];
  /** An empty first choice ("any"), for a filter that may be left open. */
  emptyOption?: string;
  defaultValue?: string;
};

/** A labelled DKFDS select with its hint and error message, uncontrolled (plain GET forms and server-rendered forms). */
export function SelectField({ id, name = id, label, hint, error, options, emptyOption, defaultValue }: TSelectFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select className="form-select" id={id} name={name} defaultValue={defaultValue} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
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
