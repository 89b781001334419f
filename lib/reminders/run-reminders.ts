import { randomUUID } from "node:crypto";
import { appUrl } from "@/lib/app-url";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { danishHourOf, isDanishWorkingDay } from "@/lib/dates/danish-calendar";
import { danishDayOf, fromIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import type { TPacketLanguage } from "@/lib/i18n/languages";
import { logEvent } from "@/lib/log/log-event";
import { isMailConfigured, municipalitySender, sendMail, type TOutgoingMail } from "@/lib/mail/mail-transport";
import { buildCurrentPacket } from "@/lib/packet/packet-service";
import { checklistIdOf, type TStepRef } from "@/lib/progress/step-progress";
import { planReminders, reminderKey } from "./plan-reminders";
import { composeReminderMail } from "./reminder-mail";

/**
 * Reminders are read in the morning of a working day: none at weekends or on holidays, and one asked
 * for in the evening (reminders just turned on) waits for the next working morning's run.
 * `REMINDERS_ANY_TIME=true` (an operator's setting for demo and test servers, the e2e server runs
 * so) sends at once whatever the day and hour.
 */
function isWorkingTime(now: Date, options: { isRunAtOnce: boolean }): boolean {
  if (process.env.REMINDERS_ANY_TIME === "true") return true;
  const hour = danishHourOf(now);
  return isDanishWorkingDay(danishDayOf(now)) && (!options.isRunAtOnce || (hour >= 8 && hour < 17));
}

/** A claim older than this was left by a run that stopped mid-way: the next run may send it. */
const STALE_CLAIM_MS = 15 * 60 * 1000;

export type TReminderRunCounts = { households: number; mailsSent: number; remindersSent: number; bouncedMails: number; failedMails: number };

/**
 * One run of the reminder job: every household that turned reminders on (or consented at the
 * counter), has an e-mail address and a working personal link gets at most one e-mail, for the
 * steps planReminders picks today. Each step and deadline is claimed in the database before its
 * e-mail is sent (a unique key), so two runs at once, or a run repeated, never send it twice; a
 * failed send gives the claim back and the run fails afterwards, so the queue retries it later.
 */
export async function runReminders(
  db: PrismaClient,
  options: {
    now?: Date;
    send?: (mail: TOutgoingMail) => Promise<{ messageId: string }>;
    /** One household only: reminders just turned on send what is already due at once, not the next morning. */
    arrivalId?: string;
  } = {},
): Promise<TReminderRunCounts> {
  const now = options.now ?? new Date();
  const send = options.send ?? sendMail;
  const today = danishDayOf(now);
  const isSendingTime = isWorkingTime(now, { isRunAtOnce: Boolean(options.arrivalId) });
  if (!isSendingTime) {
    logEvent("info", "reminders.not-a-working-time", { day: today, arrivalId: options.arrivalId ?? null });
    return { households: 0, mailsSent: 0, remindersSent: 0, bouncedMails: 0, failedMails: 0 };
  }
  await db.reminderDelivery.deleteMany({ where: { status: "PENDING", claimedAt: { lt: new Date(now.getTime() - STALE_CLAIM_MS) } } });

  const households = await db.arrival.findMany({
    where: {
      ...(options.arrivalId ? { id: options.arrivalId } : {}),
      remindersConsentAt: { not: null },
      email: { not: null },
      anonymisedAt: null,
      links: { some: { revokedAt: null, expiresAt: { gt: now } } },
    },
    select: {
      id: true,
      municipalityId: true,
      givenName: true,
      email: true,
      packetLanguage: true,
      municipality: { select: { reminderLeadDays: true, slug: true, letterName: true } },
      stepProgress: { select: { stepKey: true, householdMemberId: true } },
      reminders: { select: { stepKey: true, householdMemberId: true, deadline: true } },
    },
    orderBy: { id: "asc" },
  });
  const counts: TReminderRunCounts = { households: households.length, mailsSent: 0, remindersSent: 0, bouncedMails: 0, failedMails: 0 };
  for (const household of households) {
    const outcome = await remindHousehold(db, { household, now, today, send });
    if (outcome === "failed") counts.failedMails++;
    else if (outcome === "bounced") counts.bouncedMails++;
    else if (outcome > 0) {
      counts.mailsSent++;
      counts.remindersSent += outcome;
    }
  }
  logEvent("info", "reminders.run", { ...counts, day: today });
  if (counts.failedMails > 0) throw new Error(`${counts.failedMails} reminder e-mail(s) could not be sent; the job will try again.`);
  return counts;
}

type THousehold = {
  id: string;
  municipalityId: string;
  givenName: string;
  email: string | null;
  packetLanguage: TPacketLanguage;
  municipality: { reminderLeadDays: unknown; slug: string; letterName: string };
  stepProgress: TStepRef[];
  reminders: (TStepRef & { deadline: Date })[];
};

/** The number of steps reminded of (0: nothing due), "bounced" when the address was refused, or "failed" when the e-mail could not be sent now. */
async function remindHousehold(
  db: PrismaClient,
  options: { household: THousehold; now: Date; today: string; send: (mail: TOutgoingMail) => Promise<{ messageId: string }> },
): Promise<number | "bounced" | "failed"> {
  const { household, now, today } = options;
  const target = { municipalityId: household.municipalityId, arrivalId: household.id, language: household.packetLanguage };
  const packet = await buildCurrentPacket(db, target, { now });
  // The packet model carries the personal link it prints; its last segment is the token.
  const pageUrl = packet?.link.url;
  const token = pageUrl?.split("/").at(-1);
  if (!packet || !pageUrl || !token || !household.email) return 0;
  const steps = packet.sections.flatMap((section) => section.steps);
  const ticked = new Set(household.stepProgress.map(checklistIdOf));
  const due = planReminders({
    today,
    steps: steps.map((step) => ({ stepId: step.id, key: step.key, memberId: step.memberId, deadline: step.deadline, isTicked: ticked.has(step.id) })),
    municipalityLeadDays: (household.municipality.reminderLeadDays ?? {}) as Record<string, number>,
    alreadyReminded: new Set(household.reminders.map((row) => reminderKey(checklistIdOf(row), row.deadline.toISOString().slice(0, 10)))),
  });
  if (due.length === 0) return 0;

  // Claimed first: another instance running at the same moment gets none of these rows.
  const mailId = randomUUID();
  await db.reminderDelivery.createMany({
    data: due.map((step) => ({
      arrivalId: household.id,
      municipalityId: household.municipalityId,
      stepKey: step.key,
      householdMemberId: step.memberId,
      deadline: fromIsoDate(step.deadline),
      mailId,
    })),
    skipDuplicates: true,
  });
  const claimed = new Set((await db.reminderDelivery.findMany({ where: { mailId }, select: { stepKey: true, householdMemberId: true } })).map(checklistIdOf));
  if (claimed.size === 0) return 0;

  const mail = await composeReminderMail({
    packet,
    steps: steps.filter((step) => claimed.has(step.id)),
    firstName: household.givenName,
    to: household.email,
    pageUrl,
    oneClickUnsubscribeUrl: `${appUrl()}/api/welcome/${token}/reminders`,
  });
  let messageId: string;
  let status: "SENT" | "BOUNCED" = "SENT";
  try {
    ({ messageId } = await options.send({ ...mail, from: municipalitySender(household.municipality) }));
  } catch (error) {
    if (!isPermanentRefusal(error)) {
      logEvent("error", "reminders.send-failed", { arrivalId: household.id, error });
      await db.reminderDelivery.deleteMany({ where: { mailId, status: "PENDING" } });
      return "failed";
    }
    // The server refused the address for good (5xx): kept as bounced for the caseworker to see, never tried again.
    logEvent("warn", "reminders.bounced", { arrivalId: household.id, error });
    messageId = "";
    status = "BOUNCED";
  }
  await db.$transaction(async (tx) => {
    await tx.reminderDelivery.updateMany({ where: { mailId }, data: { status, messageId: messageId.slice(0, 300) || null, sentAt: now } });
    await recordAuditEvent(tx, {
      municipalityId: household.municipalityId,
      actorUserId: null,
      action: status === "SENT" ? "reminder.send" : "reminder.bounce",
      entityType: "arrival",
      entityId: household.id,
      metadata: { mailId, steps: [...claimed], language: household.packetLanguage },
      // The statistics count a reminder on the day it was sent, as its sentAt says: the run's clock.
      occurredAt: now,
    });
  });
  return status === "BOUNCED" ? "bounced" : claimed.size;
}

/** An SMTP answer in the 5xx range for the message: the address does not exist or is refused for good, so trying again is pointless. */
function isPermanentRefusal(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

/**
 * Right after reminders are turned on: what is already due is sent now, in working hours on a
 * working day (otherwise the next working morning's run sends it). A failure here is only logged;
 * the morning's run sends it.
 */
export async function remindNowIfDue(db: PrismaClient, arrivalId: string): Promise<void> {
  if (!isMailConfigured()) return;
  try {
    await runReminders(db, { arrivalId });
  } catch (error) {
    logEvent("warn", "reminders.send-now-failed", { arrivalId, error });
  }
}
