import { FormField } from "./FormField";

type TInputFieldProps = {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  type?: "text" | "search" | "date" | "number";
  /** For numbers: the range the browser offers (the server checks it again). */
  min?: number;
  max?: number;
  /** A DKFDS width class, e.g. "input-width-l". */
  width?: string;
  defaultValue?: string;
};

/** A labelled DKFDS input, uncontrolled: the fields of forms that work without JavaScript (searches, periods, days). */
export function InputField({ id, name = id, label, hint, type = "text", width, defaultValue, min, max }: TInputFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint}>
      {(describedBy) => (
        <input
          className={width ? `form-input ${width}` : "form-input"}
          id={id}
          name={name}
          type={type}
          min={min}
          max={max}
          defaultValue={defaultValue ?? ""}
          aria-describedby={describedBy}
        />
      )}
    </FormField>
  );
}
