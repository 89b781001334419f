import { createTranslator } from "next-intl";
import { createElement } from "react";
import { ALL_MESSAGES } from "@/lib/i18n/all-messages";
import type { TPacketLanguage } from "@/lib/i18n/languages";
import { sendMail } from "./mail-transport";
import { renderEmail } from "./render-email";
import { LinkEmail } from "./templates/LinkEmail";

/** The message namespaces of e-mails whose point is one link; each has the same keys. */
type TLinkEmailNamespace = "setPasswordMail" | "emailConfirmationMail";
type TLinkEmailKey = "subject" | "preview" | "heading" | "greeting" | "body" | "button" | "linkLabel" | "footer";

/**
 * Sends an e-mail whose point is one link (set a password, confirm an address), its words from the
 * namespace in `language`, each filled with `values`. Throws when it cannot be sent.
 */
export async function sendLinkEmail(options: {
  to: string;
  link: string;
  language: TPacketLanguage;
  namespace: TLinkEmailNamespace;
  values: Record<string, string>;
}): Promise<void> {
  const words: Record<TLinkEmailKey, string> = ALL_MESSAGES[options.language][options.namespace];
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
  await sendMail({ to: options.to, subject: t("subject"), html, text });
}
