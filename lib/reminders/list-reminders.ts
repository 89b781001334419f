import { arrivalVisibleTo } from "@/lib/arrivals/arrival-visibility";
import type { PrismaClient } from "@/lib/db-client";

export type TArrivalReminders = {
  consent: { at: Date; source: "NEWCOMER" | "COUNTER" } | null;
  hasEmail: boolean;
  /** One row per e-mail, newest first: when, how many steps, and whether it bounced. */
  mails: { mailId: string; sentAt: Date | null; stepCount: number; status: "PENDING" | "SENT" | "BOUNCED" }[];
};

/** The reminders of one arrival of the caseworker's municipality, as its page shows them; null when it is not there. */
export async function listArrivalReminders(db: PrismaClient, options: { municipalityId: string; arrivalId: string }): Promise<TArrivalReminders | null> {
  const arrival = await db.arrival.findFirst({
    where: { id: options.arrivalId, ...arrivalVisibleTo(options) },
    select: {
      email: true,
      remindersConsentAt: true,
      remindersConsentSource: true,
      reminders: { select: { mailId: true, sentAt: true, status: true }, orderBy: { claimedAt: "desc" } },
    },
  });
  if (!arrival) return null;
  const mails = new Map<string, TArrivalReminders["mails"][number]>();
  for (const row of arrival.reminders) {
    const mail = mails.get(row.mailId) ?? { mailId: row.mailId, sentAt: row.sentAt, stepCount: 0, status: row.status };
    mail.stepCount++;
    mails.set(row.mailId, mail);
  }
  return {
    consent: arrival.remindersConsentAt && arrival.remindersConsentSource ? { at: arrival.remindersConsentAt, source: arrival.remindersConsentSource } : null,
    hasEmail: Boolean(arrival.email),
    mails: [...mails.values()],
  };
}
