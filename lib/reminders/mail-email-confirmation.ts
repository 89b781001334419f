import type { TPacketLanguage } from "@/lib/i18n/languages";
import { sendLinkEmail } from "@/lib/mail/send-link-email";

/** The confirmation e-mail to a newcomer's new address, in their packet's language. Throws when it cannot be sent. */
export async function mailEmailConfirmation(options: {
  to: string;
  firstName: string;
  municipality: { slug: string; letterName: string };
  link: string;
  language: TPacketLanguage;
}) {
  await sendLinkEmail({
    to: options.to,
    link: options.link,
    language: options.language,
    namespace: "emailConfirmationMail",
    values: { firstName: options.firstName, municipality: options.municipality.letterName },
    municipality: options.municipality,
  });
}
