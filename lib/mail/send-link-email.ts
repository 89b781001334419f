import { createTranslator } from "next-intl";
import { createElement } from "react";
import { ALL_MESSAGES, STAFF_MESSAGES } from "@/lib/i18n/all-messages";
import type { TPacketLanguage } from "@/lib/i18n/languages";
import { municipalitySender, sendMail } from "./mail-transport";
import { renderEmail } from "./render-email";
import { LinkEmail } from "./templates/LinkEmail";

/** The e-mails whose point is one link, each a message namespace with the same keys: to staff (their languages) or to a newcomer (any packet language). */
type TLinkEmail = { namespace: "setPasswordMail"; language: keyof typeof STAFF_MESSAGES } | { namespace: "emailConfirmationMail"; language: TPacketLanguage };
type TLinkEmailKey = "subject" | "preview" | "heading" | "greeting" | "body" | "button" | "linkLabel" | "footer";

/**
 * Sends an e-mail whose point is one link (set a password, confirm an address), its words from the
 * namespace in `language`, each filled with `values`. Throws when it cannot be sent.
 */
export async function sendLinkEmail(
  options: TLinkEmail & { to: string; link: string; values: Record<string, string>; municipality: { slug: string; letterName: string } },
): Promise<void> {
  const words: Record<TLinkEmailKey, string> =
    options.namespace === "setPasswordMail" ? STAFF_MESSAGES[options.language].setPasswordMail : ALL_MESSAGES[options.language].emailConfirmationMail;
  const translate = createTranslator({ locale: options.language, messages: { mail: words }, namespace: "mail" });
  const t = (key: TLinkEmailKey) => translate(key, options.values);
  const email = createElement(LinkEmail, {
    language: options.language,
    preview: t("preview"),
    heading: t("heading"),
    greeting: t("greeting"),
    body: t("body"),
    button: t("button"),
    link: options.link,
    linkLabel: t("linkLabel"),
    footer: t("footer"),
  });
  const { html, text } = await renderEmail(email);
  await sendMail({ to: options.to, subject: t("subject"), html, text, from: municipalitySender(options.municipality) });
}
