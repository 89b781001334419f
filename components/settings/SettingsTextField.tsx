import { FormField } from "@/components/form/FormField";

type TSettingsTextFieldProps = {
  name: string;
  label: string;
  defaultValue: string;
  error?: string;
  maxLength: number;
  type?: "text" | "tel" | "email" | "url" | "password" | "time" | "date";
  optionalLabel?: string;
  hint?: string;
  /** A DKFDS width class, e.g. "input-width-xs". */
  width?: string;
};

/** One text field of a settings form, uncontrolled (the form posts it as typed, with or without JavaScript). */
export function SettingsTextField({ name, label, defaultValue, error, maxLength, type = "text", optionalLabel, hint, width }: TSettingsTextFieldProps) {
  return (
    <FormField id={name} label={label} error={error} hint={hint} optionalLabel={optionalLabel} maxLength={type === "text" ? maxLength : undefined}>
      {(describedBy) => (
        <input
          className={`form-input ${width ?? ""}`}
          id={name}
          name={name}
          type={type}
          defaultValue={defaultValue}
          maxLength={maxLength}
          // A client secret is the municipality's, not this browser's to remember.
          autoComplete={type === "password" ? "new-password" : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        />
      )}
    </FormField>
  );
}

type TFieldOptions = { max: number; type?: "tel" | "email" | "url" | "time" | "date"; optional?: boolean; hint?: string; width?: string };

/**
 * A settings form's `field(name, label, options)`: each text field with its value as last posted
 * (or as stored) and its error; an optional field says so with `optionalLabel`.
 */
export function settingsFieldsOf<F extends string>(values: Partial<Record<F, string | null>>, errors: Partial<Record<F, string>>, optionalLabel: string) {
  return (name: F, label: string, options: TFieldOptions) => (
    <SettingsTextField
      key={name}
      name={name}
      label={label}
      defaultValue={values[name] ?? ""}
      error={errors[name]}
      maxLength={options.max}
      type={options.type}
      hint={options.hint}
      width={options.width}
      optionalLabel={options.optional ? optionalLabel : undefined}
    />
  );
}
