import { dictionary } from "@zxcvbn-ts/language-common";

/** NIST SP 800-63B: at least 12 characters, not a known common password, no composition rules. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

// The zxcvbn-ts project's list of common passwords (≈ 49,000, from leaked password lists).
let common: Set<string> | undefined;
const commonPasswords = () => (common ??= new Set(dictionary["passwords-common"]));

export type TPasswordProblem = "tooShort" | "tooLong" | "common" | "personal";

/**
 * What is wrong with a chosen password, or null. Length counts characters as people see them (an
 * emoji is one); a password is refused when it is on the common list, or when it is made of the
 * user's own e-mail address or its parts, the municipality's name or "ankomst" (context words, as NIST asks).
 */
export function passwordProblem(password: string, context: { email: string; municipalityName: string }): TPasswordProblem | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return "tooShort";
  if (length > MAX_PASSWORD_LENGTH) return "tooLong";
  const folded = password.toLowerCase();
  if (commonPasswords().has(folded)) return "common";
  const email = context.email.toLowerCase();
  const [localPart = "", domain = ""] = email.split("@");
  // Longest first, so the whole address goes before its parts ("jens.hansen@herning.dk" is personal too).
  const contextWords = [email, localPart, ...domain.split("."), context.municipalityName, "ankomst"]
    .map((word) => word.toLowerCase())
    .filter((word) => word.length >= 4)
    .sort((a, b) => b.length - a.length);
  // Only the context words and digits or punctuation around them ("ankomst2026!!", "jens.hansen123").
  const withoutContext = contextWords.reduce((rest, word) => rest.replaceAll(word, ""), folded);
  if (withoutContext !== folded && !/\p{L}/u.test(withoutContext)) return "personal";
  return null;
}
