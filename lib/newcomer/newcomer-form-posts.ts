import { z } from "zod";
import { appUrl } from "@/lib/app-url";
import type { PrismaClient } from "@/lib/db-client";
import type { TPacketLanguage } from "@/lib/i18n/languages";
import { logEvent } from "@/lib/log/log-event";
import { isMailConfigured } from "@/lib/mail/mail-transport";
import { openWelcomeLink } from "@/lib/newcomer/open-welcome-link";
import { setStepDone } from "@/lib/progress/step-progress";
import { requestEmailChange, ZNewEmail } from "@/lib/reminders/email-change";
import { mailEmailConfirmation } from "@/lib/reminders/mail-email-confirmation";
import { setReminderConsent } from "@/lib/reminders/reminder-consent";
import { remindNowIfDue } from "@/lib/reminders/run-reminders";
import { loadChecklistSteps } from "@/lib/steps/checklist-steps";

/**
 * The three forms of the newcomer's page, posted to the page's own address (a plain form post: the
 * page has no JavaScript): a tick button, reminders on or off, another e-mail address.
 */
export const ZNewcomerFormPost = z.union([
  z.object({
    // "<step id>:yes" or "<step id>:no", from the tick button pressed (see StepToggle).
    toggle: z
      .string()
      .max(140)
      .regex(/^[a-z0-9-]{1,120}:(yes|no)$/)
      .transform((value) => ({ stepId: value.slice(0, value.lastIndexOf(":")), isDone: value.endsWith(":yes") })),
  }),
  z.object({ reminders: z.enum(["on", "off"]) }),
  z.object({ email: z.string().max(300) }),
]);
export type TNewcomerFormPost = z.infer<typeof ZNewcomerFormPost>;

export const REMINDER_OUTCOMES = ["on", "off", "no-email", "invalid", "email-sent", "email-invalid", "email-too-many", "email-unavailable"] as const;
export type TReminderOutcome = (typeof REMINDER_OUTCOMES)[number];

type TPostContext = { token: string; locale: TPacketLanguage; clientKey: string };

/** Does what the newcomer posted and says where their page continues: the step ticked, or the reminders' outcome. */
export async function answerNewcomerFormPost(db: PrismaClient, context: TPostContext, post: TNewcomerFormPost): Promise<string> {
  const page = `/${context.locale}/welcome/${context.token}`;
  if ("toggle" in post) {
    await toggleStep(db, context, post.toggle);
    return `${page}#step-${post.toggle.stepId}`;
  }
  const outcome = "reminders" in post ? await setReminders(db, context, post.reminders === "on") : await askForEmailChange(db, context, post.email);
  return `${page}?reminders=${outcome}#reminders`;
}

/** Only a step that is in this household's packet can be ticked. */
async function toggleStep(db: PrismaClient, { token, locale, clientKey }: TPostContext, toggle: { stepId: string; isDone: boolean }) {
  const link = await openWelcomeLink(db, { token, clientKey });
  if (link.status !== "ok") return;
  const steps = await loadChecklistSteps(db, { municipalityId: link.municipalityId, arrivalId: link.arrivalId, language: locale });
  const step = steps?.find((candidate) => candidate.id === toggle.stepId);
  if (step) await setStepDone(db, { arrivalId: link.arrivalId, step, isDone: toggle.isDone });
}

async function setReminders(db: PrismaClient, { token, clientKey }: TPostContext, isOn: boolean): Promise<TReminderOutcome> {
  const link = await openWelcomeLink(db, { token, clientKey });
  if (link.status !== "ok") return "invalid";
  const outcome = await setReminderConsent(db, { municipalityId: link.municipalityId, arrivalId: link.arrivalId, isOn, by: { kind: "newcomer" } });
  if (outcome === "on") await remindNowIfDue(db, link.arrivalId);
  return outcome === "not-found" ? "invalid" : outcome;
}

/**
 * A confirmation link is e-mailed to the new address; nothing changes until it is opened. The
 * e-mail and its page are in the language the newcomer is reading their page in, which may not be
 * the packet's.
 */
async function askForEmailChange(db: PrismaClient, { token, locale, clientKey }: TPostContext, email: string): Promise<TReminderOutcome> {
  const newEmail = ZNewEmail.safeParse(email);
  if (!newEmail.success) return "email-invalid";
  if (!isMailConfigured()) return "email-unavailable";
  const link = await openWelcomeLink(db, { token, clientKey });
  if (link.status !== "ok") return "invalid";
  const request = await requestEmailChange(db, { municipalityId: link.municipalityId, arrivalId: link.arrivalId, newEmail: newEmail.data });
  if (request.status !== "requested") return request.status === "too-many" ? "email-too-many" : "invalid";
  const arrival = await db.arrival.findUniqueOrThrow({
    where: { id: link.arrivalId },
    select: { givenName: true, municipality: { select: { slug: true, letterName: true } } },
  });
  try {
    await mailEmailConfirmation({
      to: newEmail.data,
      firstName: arrival.givenName,
      municipality: arrival.municipality,
      link: `${appUrl()}/${locale}/confirm-email/${request.token}`,
      language: locale,
    });
  } catch (error) {
    logEvent("error", "mail.email-confirmation-failed", { error });
    return "email-unavailable";
  }
  return "email-sent";
}
