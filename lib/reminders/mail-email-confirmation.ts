import { createTranslator } from "next-intl";
import { createElement } from "react";
import { ALL_MESSAGES } from "@/lib/i18n/all-messages";
import type { TPacketLanguage } from "@/lib/i18n/languages";
import { sendMail } from "@/lib/mail/mail-transport";
import { renderEmail } from "@/lib/mail/render-email";
import { LinkEmail } from "@/lib/mail/templates/LinkEmail";

/** The confirmation e-mail to a newcomer's new address, in their packet's language. Throws when it cannot be sent. */
export async function mailEmailConfirmation(options: { to: string; firstName: string; municipality: string; link: string; language: TPacketLanguage }) {
  const t = createTranslator({ locale: options.language, messages: ALL_MESSAGES[options.language], namespace: "emailConfirmationMail" });
  const email = createElement(LinkEmail, {
    language: options.language,
    preview: t("body", { municipality: options.municipality }),
    heading: t("heading"),
    greeting: t("greeting", { firstName: options.firstName }),
    body: t("body", { municipality: options.municipality }),
    button: t("button"),
    link: options.link,
    linkLabel: t("linkLabel"),
    footer: t("footer"),
  });
  const { html, text } = await renderEmail(email);
  await sendMail({ to: options.to, subject: t("subject", { firstName: options.firstName }), html, text });
}
