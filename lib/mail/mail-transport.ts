import { createTransport } from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { z } from "zod";

/** An e-mail as Ankomst sends it: always both HTML and plain text. */
export type TOutgoingMail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  attachments?: Mail.Attachment[];
  /** Who the mail is from: a municipality's (`municipalitySender`); none, MAIL_FROM. */
  from?: Mail.Address;
};

const SEND_TIMEOUT_MS = 15_000;

/** Whether mail can be sent: SMTP_URL names the server (smtp://user:pass@host:port, or smtps:// for TLS from the start). */
export function isMailConfigured(): boolean {
  return Boolean(process.env.SMTP_URL);
}

/** The sender: MAIL_FROM, else Ankomst at the app's host. */
function senderAddress(): string {
  if (process.env.MAIL_FROM) return process.env.MAIL_FROM;
  return `Ankomst <${fallbackAddress()}>`;
}

function fallbackAddress(): string {
  const configured = process.env.MAIL_FROM?.match(/<([^<>]+)>\s*$/)?.[1] ?? (process.env.MAIL_FROM?.includes("@") ? process.env.MAIL_FROM.trim() : null);
  if (configured) return configured;
  const host = URL.canParse(process.env.NEXTAUTH_URL ?? "") ? new URL(process.env.NEXTAUTH_URL!).hostname : "localhost";
  return `noreply@${host === "127.0.0.1" ? "localhost" : host}`;
}

/** MAIL_FROM_ADDRESSES: each municipality's from-address by its slug, as the operator's mail server may send for it. */
const ZSenderAddresses = z.record(z.string().regex(/^[a-z0-9-]+$/), z.email());

function configuredSenderAddresses(): Record<string, string> {
  const raw = process.env.MAIL_FROM_ADDRESSES;
  if (!raw) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = null;
  }
  const addresses = ZSenderAddresses.safeParse(parsed);
  // A broken setting is the operator's to fix: said plainly in the log of every mail it stops, never guessed around.
  if (!addresses.success)
    throw new Error('MAIL_FROM_ADDRESSES is not a JSON object of municipality slugs to e-mail addresses, e.g. {"herning": "ankomst@herning.dk"}.');
  return addresses.data;
}

/**
 * A newcomer's or staff member's mail comes from their municipality: its name as it signs letters,
 * and the address the operator set for it in MAIL_FROM_ADDRESSES (else MAIL_FROM's address, else
 * noreply at the app's host).
 */
export function municipalitySender(municipality: { slug: string; letterName: string }): Mail.Address {
  return { name: municipality.letterName, address: configuredSenderAddresses()[municipality.slug] ?? fallbackAddress() };
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
    const info = await transport.sendMail({ ...mail, from: mail.from ?? senderAddress() });
    return { messageId: info.messageId };
  } finally {
    transport.close();
  }
}
