type TRadioGroupProps<T extends string> = {
  name: string;
  legend: string;
  options: readonly { value: T; label: string }[];
} & (
  | { value: T | null; onChange: (value: T) => void; defaultValue?: never }
  /** Uncontrolled: for forms that are posted as they are (and work without JavaScript). */
  | { defaultValue: T; value?: never; onChange?: never }
);

/** A DKFDS radio group: a fieldset whose legend asks the question. */
export function RadioGroup<T extends string>({ name, legend, options, value, onChange, defaultValue }: TRadioGroupProps<T>) {
  return (
    <fieldset className="form-group">
      <legend className="form-label">{legend}</legend>
      {options.map((option) => (
        <div className="form-group-radio" key={option.value}>
          <input
            className="form-radio"
            type="radio"
            id={`${name}-${option.value}`}
            name={name}
            value={option.value}
            {...(onChange ? { checked: value === option.value, onChange: () => onChange(option.value) } : { defaultChecked: defaultValue === option.value })}
          />
          <label htmlFor={`${name}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
