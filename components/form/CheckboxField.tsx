type TCheckboxFieldProps = {
  /** The checkbox's id and, unless `name` says otherwise, its name. */
  id: string;
  name?: string;
  label: string;
  /** What the form posts when it is ticked. */
  value?: string;
} & (
  | { checked: boolean; onChange: (checked: boolean) => void; defaultChecked?: never }
  /** Uncontrolled: for forms that are posted as they are (and work without JavaScript). */
  | { defaultChecked?: boolean; checked?: never; onChange?: never }
);

/** A DKFDS checkbox with its label after the box. */
export function CheckboxField({ id, name = id, label, value = "yes", checked, onChange, defaultChecked }: TCheckboxFieldProps) {
  return (
    <div className="form-group-checkbox">
      <input
        className="form-checkbox"
        type="checkbox"
        id={id}
        name={name}
        value={value}
        {...(onChange ? { checked, onChange: (event) => onChange(event.target.checked) } : { defaultChecked })}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
