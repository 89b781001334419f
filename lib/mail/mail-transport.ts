import { createTransport } from "nodemailer";
import type Mail from "nodemailer/lib/mailer";

/** An e-mail as Ankomst sends it: always both HTML and plain text. */
export type TOutgoingMail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  attachments?: Mail.Attachment[];
};

const SEND_TIMEOUT_MS = 15_000;

/** Whether mail can be sent: SMTP_URL names the server (smtp://user:pass@host:port, or smtps:// for TLS from the start). */
export function isMailConfigured(): boolean {
  return Boolean(process.env.SMTP_URL);
}

/** The sender: MAIL_FROM, else Ankomst at the app's host. */
function senderAddress(): string {
  if (process.env.MAIL_FROM) return process.env.MAIL_FROM;
  const host = URL.canParse(process.env.NEXTAUTH_URL ?? "") ? new URL(process.env.NEXTAUTH_URL!).hostname : "localhost";
  return `Ankomst <noreply@${host === "127.0.0.1" ? "localhost" : host}>`;
}

/**
 * Sends one e-mail through SMTP_URL's server. Throws when the server refuses it or does not answer
 * in time; the caller decides what the person is told.
 */
export async function sendMail(mail: TOutgoingMail): Promise<{ messageId: string }> {
  const url = process.env.SMTP_URL;
  if (!url) throw new Error("SMTP_URL is not set: no mail can be sent.");
  const transport = createTransport(url, { from: senderAddress() });
  transport.options.connectionTimeout ??= SEND_TIMEOUT_MS;
  try {
    const info = await transport.sendMail(mail);
    return { messageId: info.messageId };
  } finally {
    transport.close();
  }
}
