import ar from "@/messages/ar.json";
import da from "@/messages/da.json";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import pl from "@/messages/pl.json";
import ro from "@/messages/ro.json";
import uk from "@/messages/uk.json";
import type { TPacketLanguage } from "./languages";

/**
 * The message namespaces a newcomer meets: their page, the letter and packet, the e-mails, the
 * public welcome page, the printed personal link. A packet language beyond the staff's three has exactly these.
 */
export const NEWCOMER_NAMESPACES = [
  "common",
  "notFound",
  "newcomer",
  "reminders",
  "reminderMail",
  "emailConfirmationMail",
  "confirmEmail",
  "packet",
  "publicWelcome",
  "footer",
  "printedLink",
  "legalPages",
] as const;

/**
 * The namespaces of the public welcome page (and its not-found and unavailable pages, the accessibility statement and privacy notice): a page
 * language that is no packet language (Chinese, Russian, Spanish, French) has exactly these.
 */
export const PUBLIC_PAGE_NAMESPACES = [
  "common",
  "notFound",
  "publicWelcome",
  "footer",
  "legalPages",
] as const satisfies readonly (typeof NEWCOMER_NAMESPACES)[number][];

export type TNewcomerMessages = Pick<typeof en, (typeof NEWCOMER_NAMESPACES)[number]>;

/**
 * Every packet language's messages, for texts made outside the request's own locale: a packet in
 * the newcomer's language, the dashboard's labels in a CSV, the refusal page sent before Next renders.
 */
export const ALL_MESSAGES = { da, de, en, uk, ar, pl, ro } as const satisfies Record<TPacketLanguage, TNewcomerMessages>;

/** The staff languages' messages, which have every namespace. */
export const STAFF_MESSAGES = { da, de, en } as const;
