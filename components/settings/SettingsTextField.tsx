import { FormField } from "@/components/form/FormField";

type TSettingsTextFieldProps = {
  name: string;
  label: string;
  defaultValue: string;
  error?: string;
  maxLength: number;
  type?: "text" | "tel" | "email" | "url" | "password";
  optionalLabel?: string;
  hint?: string;
  /** A DKFDS width class, e.g. "input-width-xs". */
  width?: string;
};

/** One text field of a settings form, uncontrolled (the form posts it as typed, with or without JavaScript). */
export function SettingsTextField({ name, label, defaultValue, error, maxLength, type = "text", optionalLabel, hint, width }: TSettingsTextFieldProps) {
  return (
    <FormField id={name} label={label} error={error} hint={hint} optionalLabel={optionalLabel}>
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
