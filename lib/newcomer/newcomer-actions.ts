"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { appUrl } from "@/lib/app-url";
import { db } from "@/lib/db";
import { asFormData } from "@/lib/forms/form-data";
import { ZPacketLanguage } from "@/lib/i18n/languages";
import { redirect } from "@/lib/i18n/navigation";
import { logEvent } from "@/lib/log/log-event";
import { isMailConfigured } from "@/lib/mail/mail-transport";
import { clientKeyFrom } from "@/lib/net/client-key";
import { openWelcomeLink } from "@/lib/newcomer/open-welcome-link";
import { setStepDone } from "@/lib/progress/step-progress";
import { requestEmailChange, ZNewEmail } from "@/lib/reminders/email-change";
import { mailEmailConfirmation } from "@/lib/reminders/mail-email-confirmation";
import { setReminderConsent } from "@/lib/reminders/reminder-consent";
import { remindNowIfDue } from "@/lib/reminders/run-reminders";
import { loadChecklistSteps } from "@/lib/steps/checklist-steps";

const ZToggle = z.object({
  token: z.string().min(1).max(100),
  locale: ZPacketLanguage,
  // "<step id>:yes" or "<step id>:no", from the tick button pressed (see StepToggle).
  toggle: z
    .string()
    .max(140)
    .regex(/^[a-z0-9-]{1,120}:(yes|no)$/)
    .transform((value) => ({ stepId: value.slice(0, value.lastIndexOf(":")), isDone: value.endsWith(":yes") })),
});

/** The newcomer ticks a step off (or on again): a plain form post, so it works without JavaScript too. */
export async function toggleStepAction(received: FormData) {
  const formData = asFormData(received);
  const input = ZToggle.safeParse(Object.fromEntries(formData));
  if (!input.success) return redirect({ href: "/", locale: "en" });
  const { token, locale } = input.data;
  const { stepId, isDone } = input.data.toggle;
  const link = await openWelcomeLink(db, { token, clientKey: clientKeyFrom(await headers()) });
  if (link.status === "ok") {
    // Only a step that is in this household's packet can be ticked.
    const steps = await loadChecklistSteps(db, { municipalityId: link.municipalityId, arrivalId: link.arrivalId, language: locale });
    const step = steps?.find((candidate) => candidate.id === stepId);
    if (step) await setStepDone(db, { arrivalId: link.arrivalId, step, isDone });
    revalidatePath(`/${locale}/welcome/${token}`);
  }
  return redirect({ href: `/welcome/${token}#step-${stepId}`, locale });
}

const ZReminders = z.object({ token: z.string().min(1).max(100), locale: ZPacketLanguage, reminders: z.enum(["on", "off"]) });

/** The newcomer turns reminders by e-mail on or off on their page: a plain form post, with or without JavaScript. */
export async function setRemindersAction(received: FormData) {
  const input = ZReminders.safeParse(Object.fromEntries(asFormData(received)));
  if (!input.success) return redirect({ href: "/", locale: "en" });
  const { token, locale } = input.data;
  const link = await openWelcomeLink(db, { token, clientKey: clientKeyFrom(await headers()) });
  let outcome = "invalid";
  if (link.status === "ok") {
    outcome = await setReminderConsent(db, {
      municipalityId: link.municipalityId,
      arrivalId: link.arrivalId,
      isOn: input.data.reminders === "on",
      by: { kind: "newcomer" },
    });
    if (outcome === "on") await remindNowIfDue(db, link.arrivalId);
    revalidatePath(`/${locale}/welcome/${token}`);
  }
  return redirect({ href: `/welcome/${token}?reminders=${outcome}#reminders`, locale });
}

const ZEmailChange = z.object({ token: z.string().min(1).max(100), locale: ZPacketLanguage, email: z.string().max(300) });

/** The newcomer asks for reminders at another address: a confirmation link is e-mailed to it; nothing changes until it is opened. */
export async function requestEmailChangeAction(received: FormData) {
  const input = ZEmailChange.safeParse(Object.fromEntries(asFormData(received)));
  if (!input.success) return redirect({ href: "/", locale: "en" });
  const { token, locale } = input.data;
  const back = (outcome: string) => redirect({ href: `/welcome/${token}?reminders=${outcome}#reminders`, locale });
  const newEmail = ZNewEmail.safeParse(input.data.email);
  if (!newEmail.success) return back("email-invalid");
  if (!isMailConfigured()) return back("email-unavailable");
  const link = await openWelcomeLink(db, { token, clientKey: clientKeyFrom(await headers()) });
  if (link.status !== "ok") return back("invalid");
  const request = await requestEmailChange(db, { municipalityId: link.municipalityId, arrivalId: link.arrivalId, newEmail: newEmail.data });
  if (request.status !== "requested") return back(request.status === "too-many" ? "email-too-many" : "invalid");
  const arrival = await db.arrival.findUniqueOrThrow({
    where: { id: link.arrivalId },
    select: { givenName: true, municipality: { select: { letterName: true } } },
  });
  try {
    await mailEmailConfirmation({
      to: newEmail.data,
      firstName: arrival.givenName,
      municipality: arrival.municipality.letterName,
      link: `${appUrl()}/${link.packetLanguage}/confirm-email/${request.token}`,
      language: link.packetLanguage,
    });
  } catch (error) {
    logEvent("error", "mail.email-confirmation-failed", { error });
    return back("email-unavailable");
  }
  return back("email-sent");
}
