/**
 * A server action is an HTTP endpoint: anyone can call it with any arguments, not only the form
 * it was written for. Only a FormData is a form post; anything else is answered like a stale form.
 */
export function formDataOrEmpty(value: unknown): { formData: FormData; isFormPost: boolean } {
  return value instanceof FormData ? { formData: value, isFormPost: true } : { formData: new FormData(), isFormPost: false };
}
