import { arrivalVisibleTo } from "@/lib/arrivals/arrival-visibility";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { PrismaClient } from "@/lib/db-client";

export type TReminderConsentResult = "on" | "off" | "no-email" | "not-found";

/**
 * Turns a household's reminders on or off. On needs an e-mail address on the arrival; the consent
 * is kept with when and how it was given (by the newcomer on their page, or at the counter as the
 * caseworker records it), and every change is audited.
 */
export async function setReminderConsent(
  db: PrismaClient,
  options: { municipalityId: string; arrivalId: string; isOn: boolean; by: { kind: "newcomer" } | { kind: "caseworker"; userId: string }; now?: Date },
): Promise<TReminderConsentResult> {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const arrival = await tx.arrival.findFirst({
      where: { id: options.arrivalId, ...arrivalVisibleTo(options) },
      select: { email: true, remindersConsentAt: true },
    });
    if (!arrival) return "not-found";
    if (options.isOn && !arrival.email) return "no-email";
    const isChange = options.isOn !== (arrival.remindersConsentAt !== null);
    if (!isChange) return options.isOn ? "on" : "off";
    await tx.arrival.update({
      where: { id: options.arrivalId },
      data: {
        ...(options.isOn
          ? { remindersConsentAt: now, remindersConsentSource: options.by.kind === "newcomer" ? "NEWCOMER" : "COUNTER" }
          : { remindersConsentAt: null, remindersConsentSource: null }),
        // Consent recorded at the counter is the caseworker's work on the household.
        ...(options.by.kind === "caseworker" ? { lastWorkedById: options.by.userId } : {}),
      },
    });
    await recordAuditEvent(tx, {
      municipalityId: options.municipalityId,
      actorUserId: options.by.kind === "caseworker" ? options.by.userId : null,
      action: "reminders.consent",
      entityType: "arrival",
      entityId: options.arrivalId,
      metadata: { isOn: options.isOn, by: options.by.kind },
    });
    return options.isOn ? "on" : "off";
  });
}
