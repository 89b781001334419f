import { FormField } from "./FormField";

type TInputFieldProps = {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  type?: "text" | "search" | "date";
  /** A DKFDS width class, e.g. "input-width-l". */
  width?: string;
  defaultValue?: string;
};

/** A labelled DKFDS input, uncontrolled: the fields of plain GET forms (searches, periods) that work without JavaScript. */
export function InputField({ id, name = id, label, hint, type = "text", width, defaultValue }: TInputFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint}>
      {(describedBy) => (
        <input
          className={width ? `form-input ${width}` : "form-input"}
          id={id}
          name={name}
          type={type}
          defaultValue={defaultValue ?? ""}
          aria-describedby={describedBy}
        />
      )}
    </FormField>
  );
}
