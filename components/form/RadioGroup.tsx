type TRadioGroupProps<T extends string> = {
  name: string;
  legend: string;
  /** `hint`: a line under the option's label, read with it. */
  options: readonly { value: T; label: string; hint?: string }[];
  error?: string;
} & (
  | { value: T | null; onChange: (value: T) => void; defaultValue?: never }
  /** Uncontrolled: for forms that are posted as they are (and work without JavaScript). */
  | { defaultValue?: T; value?: never; onChange?: never }
);

/** A DKFDS radio group: a fieldset whose legend asks the question, its error message under the legend. */
export function RadioGroup<T extends string>({ name, legend, options, error, value, onChange, defaultValue }: TRadioGroupProps<T>) {
  const errorId = error ? `${name}-error` : undefined;
  return (
    <fieldset className={`form-group${error ? " form-error" : ""}`} aria-describedby={errorId}>
      <legend className="form-label">{legend}</legend>
      {error ? (
        <span className="form-error-message" id={errorId}>
          {error}
        </span>
      ) : null}
      {options.map((option) => (
        <div className="form-group-radio" key={option.value}>
          <input
            className="form-radio"
            type="radio"
            id={`${name}-${option.value}`}
            name={name}
            value={option.value}
            aria-describedby={option.hint ? `${name}-${option.value}-hint` : undefined}
            {...(onChange ? { checked: value === option.value, onChange: () => onChange(option.value) } : { defaultChecked: defaultValue === option.value })}
          />
          <label htmlFor={`${name}-${option.value}`}>{option.label}</label>
          {option.hint ? (
            <span className="form-hint" id={`${name}-${option.value}-hint`}>
              {option.hint}
            </span>
          ) : null}
        </div>
      ))}
    </fieldset>
  );
}
