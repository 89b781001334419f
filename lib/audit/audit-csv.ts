import { createTranslator } from "next-intl";
import { spreadsheetCsv } from "@/lib/csv/spreadsheet-csv";
import { STAFF_MESSAGES } from "@/lib/i18n/all-messages";
import type { TLocale } from "@/lib/i18n/routing";
import { isAuditEntityType } from "./audit-actions";
import { actionLabelKey } from "./audit-presentation";
import type { TAuditEventRow } from "./search-audit-log";

/** The audit events as a spreadsheet in the administrator's language; the metadata as JSON, whole. */
export function auditCsv(rows: TAuditEventRow[], locale: TLocale): string {
  const t = createTranslator({ locale, messages: STAFF_MESSAGES[locale], namespace: "auditLog" });
  const header = ["time", "staffMember", "email", "event", "action", "entityType", "entityId", "entityName", "details"] as const;
  const lines = rows.map((row) => {
    const label = actionLabelKey(row.action);
    return [
      row.occurredAt.toISOString(),
      row.actor?.name ?? t("noStaff"),
      row.actor?.email ?? "",
      label ? t(label) : row.action,
      row.action,
      isAuditEntityType(row.entityType) ? t(`entityTypes.${row.entityType}`) : row.entityType,
      row.entityId ?? "",
      row.entityName ?? "",
      JSON.stringify(row.metadata),
    ];
  });
  return spreadsheetCsv([header.map((column) => t(`csv.${column}`)), ...lines], locale);
}
