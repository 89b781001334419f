export type TTranslationStatus = "missing" | "outdated" | "current";

/**
 * Danish is the master text. A translation last saved before the Danish text changed is outdated:
 * the administrator should check it before it goes into more packets.
 */
export function translationStatus(translation: { updatedAt: Date } | undefined, danishMaster: { updatedAt: Date } | undefined): TTranslationStatus {
  if (!translation) return "missing";
  if (danishMaster && translation.updatedAt.getTime() < danishMaster.updatedAt.getTime()) return "outdated";
  return "current";
}
