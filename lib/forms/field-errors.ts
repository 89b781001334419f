import type { z } from "zod";

/**
 * The first error of each field of a refused form, in words. `describe` turns an issue's message
 * (a schema's message key, or zod's own for a value the form cannot produce) into text for that field.
 */
export function firstErrorPerField<F extends string>(error: z.ZodError, describe: (message: string, field: F) => string): Partial<Record<F, string>> {
  const fieldErrors: Partial<Record<F, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as F;
    fieldErrors[field] ??= describe(issue.message, field);
  }
  return fieldErrors;
}
