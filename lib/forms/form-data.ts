/**
 * A server action is an HTTP endpoint: anyone can call it with any arguments, not only the form
 * it was written for. Only a FormData is a form post; anything else is read as an empty form, which
 * every action answers like a stale one.
 */
export function asFormData(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}
