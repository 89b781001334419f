"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { db } from "@/lib/db";
import { asFormData } from "@/lib/forms/form-data";
import { ZPacketLanguage } from "@/lib/i18n/languages";
import { redirect } from "@/lib/i18n/navigation";
import { clientKeyFrom } from "@/lib/net/client-key";
import { openWelcomeLink } from "@/lib/newcomer/open-welcome-link";
import { loadChecklistSteps } from "@/lib/progress/applicable-steps";
import { setStepDone } from "@/lib/progress/step-progress";
import { setReminderConsent } from "@/lib/reminders/reminder-consent";
import { remindNowIfDue } from "@/lib/reminders/run-reminders";

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
    const isKnownStep = steps?.some((step) => step.id === stepId);
    if (isKnownStep) await setStepDone(db, { arrivalId: link.arrivalId, stepId, isDone });
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
