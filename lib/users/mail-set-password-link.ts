import type { TLocale } from "@/lib/i18n/routing";
import { logEvent } from "@/lib/log/log-event";
import { isMailConfigured } from "@/lib/mail/mail-transport";
import { sendLinkEmail } from "@/lib/mail/send-link-email";

/** What became of the e-mail: the administrator is told, and hands the link over themselves unless it was sent. */
export type TSetPasswordMailOutcome = "sent" | "not-configured" | "failed";

/**
 * E-mails a staff member their set-password link, in the administrator's language, when mail is
 * configured. The subject names no one; the link is the only secret and it works once.
 */
export async function mailSetPasswordLink(options: {
  to: string;
  name: string;
  /** How the mail names the municipality ("Herning Municipality"), and whose sender it comes from. */
  municipality: { name: string; slug: string; letterName: string };
  link: string;
  locale: TLocale;
}): Promise<TSetPasswordMailOutcome> {
  if (!isMailConfigured()) return "not-configured";
  try {
    await sendLinkEmail({
      to: options.to,
      link: options.link,
      language: options.locale,
      namespace: "setPasswordMail",
      values: { name: options.name, municipality: options.municipality.name },
      municipality: options.municipality,
    });
    return "sent";
  } catch (error) {
    logEvent("error", "mail.set-password-failed", { error });
    return "failed";
  }
}
