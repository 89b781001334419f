/**
 * Every kind of event the audit log records: one vocabulary for the code that writes events and
 * the administrator's search that reads them (each has a label in messages, auditLog.actions).
 */
export const AUDIT_ACTIONS = [
  "arrival.view",
  "arrival.search",
  "arrival.duplicate-check",
  "arrival.refused",
  "arrival.create",
  "arrival.update",
  "arrival.anonymise",
  "arrival.erase",
  "arrival.delete",
  "arrival.merge",
  "arrival.assign",
  "arrival.note-add",
  "arrival.notes-read",
  "step.tick",
  "step.untick",
  "person.export",
  "worklist.view",
  "worklist.export",
  "packet.generate",
  "packet.download",
  "link.issue",
  "link.revoke",
  "link.open",
  "reminders.consent",
  "reminder.send",
  "reminder.bounce",
  "catalogue.update",
  "catalogue.rules",
  "catalogue.add",
  "catalogue.review",
  "catalogue.import",
  "public-page.update",
  "public-page.review",
  "auth.sign-in",
  "auth.sign-in-failed",
  "auth.sign-in-refused",
  "auth.sign-out",
  "auth.sessions-ended",
  "user.create",
  "user.role-change",
  "user.deactivate",
  "user.reactivate",
  "user.setup-link",
  "user.password-set",
  "municipality.update",
  "audit.search",
  "audit.export",
] as const;

export type TAuditAction = (typeof AUDIT_ACTIONS)[number];

type TDotToUnderscore<S extends string> = S extends `${infer Head}.${infer Tail}` ? `${Head}_${Tail}` : S;
export type TAuditActionKey = TDotToUnderscore<TAuditAction>;

/** The message key of an action's label ("arrival.view" → "arrival_view"; next-intl keys cannot hold dots). */
export const auditActionKey = (action: TAuditAction) => action.replace(".", "_") as TAuditActionKey;

/** What an event can be about (entityType), each with a label in messages (auditLog.entityTypes). */
export const AUDIT_ENTITY_TYPES = ["arrival", "user", "audit", "catalogue-step", "public-page", "municipality"] as const;
export type TAuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
export const isAuditEntityType = (type: string): type is TAuditEntityType => (AUDIT_ENTITY_TYPES as readonly string[]).includes(type);
