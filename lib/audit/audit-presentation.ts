import { AUDIT_ACTIONS, auditActionKey, type TAuditAction, type TAuditActionKey } from "./audit-actions";
import type { TAuditSearch } from "./search-audit-log";

const isKnownAction = (action: string): action is TAuditAction => (AUDIT_ACTIONS as readonly string[]).includes(action);

/** The label key of an event's action; an action the app no longer writes shows as its code. */
export function actionLabelKey(action: string): `actions.${TAuditActionKey}` | null {
  return isKnownAction(action) ? `actions.${auditActionKey(action)}` : null;
}

/** An event's metadata on one line for people: "purpose: view · query: jonas · shownIds: 3". */
export function describeMetadata(metadata: unknown): string {
  if (!metadata || typeof metadata !== "object" || Array.isArray(metadata)) return "";
  return Object.entries(metadata as Record<string, unknown>)
    .map(([key, value]) => {
      if (Array.isArray(value)) return `${key}: ${value.length}`;
      if (value && typeof value === "object") {
        const set = Object.entries(value).filter(([, inner]) => inner !== null && inner !== "");
        return set.length ? `${key}: ${set.map(([inner, innerValue]) => `${inner}=${String(innerValue)}`).join(", ")}` : "";
      }
      return `${key}: ${String(value)}`;
    })
    .filter(Boolean)
    .join(" · ");
}

/** The search as URL parameters, for the page links and the CSV export. */
export function auditSearchQuery(search: TAuditSearch, page?: number): URLSearchParams {
  return new URLSearchParams(
    Object.entries({ ...search, page: page ? String(page) : undefined } as Record<string, string | number | undefined>)
      .map(([key, value]): [string, string | undefined] => [key, value === undefined ? undefined : String(value)])
      .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== "")
      .map(([key, value]) => [key, value]),
  );
}
