/**
 * - `missing`: no text in the language (the packet falls back to the Danish master);
 * - `outdated`: last saved or confirmed before the Danish master changed;
 * - `unreviewed`: shipped with Ankomst and not yet read by the municipality;
 * - `current`: reviewed, and as new as the master.
 */
export type TTranslationStatus = "missing" | "outdated" | "unreviewed" | "current";

type TTextDates = { updatedAt: Date; reviewedAt: Date | null };

/**
 * Danish is the master text. A translation last saved or confirmed before the Danish text changed
 * is outdated: the administrator should check it before it goes into more packets. A translation
 * no administrator has read (shipped with Ankomst) is unreviewed.
 */
export function translationStatus(translation: TTextDates | undefined, danishMaster: { updatedAt: Date } | undefined): TTranslationStatus {
  if (!translation) return "missing";
  const confirmedAt = Math.max(translation.updatedAt.getTime(), translation.reviewedAt?.getTime() ?? 0);
  if (danishMaster && confirmedAt < danishMaster.updatedAt.getTime()) return "outdated";
  if (!translation.reviewedAt) return "unreviewed";
  return "current";
}

/** The master text's own state: it is the municipality's, so only missing or current. */
export function masterStatus(master: TTextDates | undefined): TTranslationStatus {
  return master ? "current" : "missing";
}

export const TRANSLATION_STATUSES: readonly TTranslationStatus[] = ["current", "unreviewed", "outdated", "missing"];

export type TStatusCounts = Record<TTranslationStatus, number>;

/** How many of the given texts are in each state. */
export function countStatuses(statuses: Iterable<TTranslationStatus>): TStatusCounts {
  const counts = Object.fromEntries(TRANSLATION_STATUSES.map((status) => [status, 0])) as TStatusCounts;
  for (const status of statuses) counts[status] += 1;
  return counts;
}

/** Two sets of texts' counts together (a language's steps and its public page). */
export function addStatusCounts(one: TStatusCounts, other: TStatusCounts): TStatusCounts {
  return Object.fromEntries(TRANSLATION_STATUSES.map((status) => [status, one[status] + other[status]])) as TStatusCounts;
}
