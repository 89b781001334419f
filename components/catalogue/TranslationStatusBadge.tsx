import type { TTranslationStatus } from "@/lib/catalogue/translation-status";

const VARIANT: Record<TTranslationStatus, string> = { current: "success", unreviewed: "info", outdated: "warning", missing: "warning" };

/** A translation's state as a badge: reviewed (green), not yet reviewed (blue), older than Danish or missing (yellow). */
export function TranslationStatusBadge({ status, label }: { status: TTranslationStatus; label: string }) {
  return <span className={`badge badge-${VARIANT[status]}`}>{label}</span>;
}
