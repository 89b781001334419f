import type { TFieldErrors } from "./schemas";

/**
 * Field errors name children by their place in the form ("children.2.dateOfBirth"). When a child
 * row is removed, the rows below it move up: so must their errors, or they would mark the wrong child.
 */
export function shiftChildErrors(errors: TFieldErrors, removedIndex: number): TFieldErrors {
  const shifted: TFieldErrors = {};
  for (const [path, key] of Object.entries(errors)) {
    const match = /^children\.(\d+)\.(.+)$/.exec(path);
    const index = match ? Number(match[1]) : -1;
    if (!match || index < removedIndex) shifted[path] = key;
    else if (index > removedIndex) shifted[`children.${index - 1}.${match[2]}`] = key;
  }
  return shifted;
}
