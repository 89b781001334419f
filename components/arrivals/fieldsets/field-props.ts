import type { TArrivalFormInput } from "@/lib/arrivals/schemas";

/** What every fieldset of the arrival form gets: the values, a setter per field, and each field's error text. */
export type TArrivalFieldsetProps = {
  values: TArrivalFormInput;
  set: <K extends keyof TArrivalFormInput>(key: K) => (value: TArrivalFormInput[K]) => void;
  errorText: (path: string) => string | undefined;
};
