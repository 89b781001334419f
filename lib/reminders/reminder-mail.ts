import { createTranslator } from "next-intl";
import { createElement } from "react";
import { ALL_MESSAGES } from "@/lib/i18n/all-messages";
import type { TPacketLanguage } from "@/lib/i18n/languages";
import type { TOutgoingMail } from "@/lib/mail/mail-transport";
import { renderEmail } from "@/lib/mail/render-email";
import { ReminderEmail } from "@/lib/mail/templates/ReminderEmail";
import type { TPacket, TPacketStep } from "@/lib/packet/packet-model";
import { deadlineCalendar } from "./deadline-calendar";

export type TReminderMailInput = {
  packet: TPacket;
  steps: TPacketStep[];
  firstName: string;
  to: string;
  /** The newcomer's page, where the reminders are turned off by hand too. */
  pageUrl: string;
  /** POSTed by a mail client's one-click unsubscribe (RFC 8058). */
  oneClickUnsubscribeUrl: string;
};

const whereOf = (step: TPacketStep) => [step.where.whereName, step.where.whereAddress].filter(Boolean).join(", ") || null;

/**
 * A reminder e-mail in the packet's language, built from the packet model (so the steps read as
 * the letter and the page read them). The subject names nobody but the newcomer's first name.
 */
export async function composeReminderMail(input: TReminderMailInput): Promise<TOutgoingMail> {
  const language: TPacketLanguage = input.packet.language;
  const t = createTranslator({ locale: language, messages: ALL_MESSAGES[language], namespace: "reminderMail" });
  const isDigest = input.steps.length > 1;
  const email = createElement(ReminderEmail, {
    language,
    preview: t("intro"),
    heading: t(isDigest ? "headingDigest" : "headingOne"),
    greeting: t("greeting", { firstName: input.firstName }),
    intro: t("intro"),
    steps: input.steps.map((step) => ({ title: step.title, deadlineLabel: step.deadlineLabel, where: whereOf(step) })),
    linkText: t("linkText"),
    link: input.pageUrl,
    calendarNote: t("calendarNote"),
    unsubscribeText: t("unsubscribe"),
    unsubscribeLink: `${input.pageUrl}#reminders`,
    sender: t("sender", { municipality: input.packet.municipality.letterName }),
    nameLanguages: input.packet.nameLanguages,
  });
  const { html, text } = await renderEmail(email);
  const calendar = deadlineCalendar(
    input.steps.flatMap((step) =>
      step.deadline
        ? [{ uid: `${step.id}-${step.deadline}@ankomst`, title: step.title, deadline: step.deadline, description: step.deadlineLabel, url: input.pageUrl }]
        : [],
    ),
  );
  return {
    to: input.to,
    subject: t(isDigest ? "subjectDigest" : "subjectOne", { firstName: input.firstName }),
    html,
    text,
    headers: { "List-Unsubscribe": `<${input.oneClickUnsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    attachments: [{ filename: "deadlines.ics", content: calendar, contentType: "text/calendar; charset=utf-8; method=PUBLISH" }],
  };
}
