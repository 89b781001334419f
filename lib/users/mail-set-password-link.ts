import { createTranslator } from "next-intl";
import { createElement } from "react";
import { ALL_MESSAGES } from "@/lib/i18n/all-messages";
import type { TLocale } from "@/lib/i18n/routing";
import { logEvent } from "@/lib/log/log-event";
import { isMailConfigured, sendMail } from "@/lib/mail/mail-transport";
import { renderEmail } from "@/lib/mail/render-email";
import { LinkEmail } from "@/lib/mail/templates/LinkEmail";

/** What became of the e-mail: the administrator is told, and hands the link over themselves unless it was sent. */
export type TSetPasswordMailOutcome = "sent" | "not-configured" | "failed";

/**
 * E-mails a staff member their set-password link, in the administrator's language, when mail is
 * configured. The subject names no one; the link is the only secret and it works once.
 */
export async function mailSetPasswordLink(options: {
  to: string;
  name: string;
  municipality: string;
  link: string;
  locale: TLocale;
}): Promise<TSetPasswordMailOutcome> {
  if (!isMailConfigured()) return "not-configured";
  const t = createTranslator({ locale: options.locale, messages: ALL_MESSAGES[options.locale], namespace: "setPasswordMail" });
  const email = createElement(LinkEmail, {
    language: options.locale,
    preview: t("preview", { municipality: options.municipality }),
    heading: t("heading"),
    greeting: t("greeting", { name: options.name }),
    body: t("body", { municipality: options.municipality }),
    button: t("button"),
    link: options.link,
    linkLabel: t("linkLabel"),
    footer: t("footer"),
  });
  try {
    const { html, text } = await renderEmail(email);
    await sendMail({ to: options.to, subject: t("subject", { municipality: options.municipality }), html, text });
    return "sent";
  } catch (error) {
    logEvent("error", "mail.set-password-failed", { error });
    return "failed";
  }
}
