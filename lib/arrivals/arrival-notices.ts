/**
 * What an arrival page's plain-form actions (generate a packet, issue or revoke a link, record the
 * CPR registration, reminders) report back after their redirect: one list for the actions that
 * send them and the page that shows them, so neither can name one the other does not know.
 */
export const ARRIVAL_NOTICES = [
  "packet-generated",
  "packet-unchanged",
  "link-issued",
  "link-issued-packets-generated",
  "link-revoked",
  "cpr-recorded",
  "invalid",
  "cpr-date-invalid",
  "language-not-offered",
  "reminders-on",
  "reminders-off",
  "reminders-no-email",
  "assigned",
  "assignee-invalid",
  "step-ticked",
  "step-unticked",
  "merged",
] as const;
export type TArrivalNotice = (typeof ARRIVAL_NOTICES)[number];

const ERROR_NOTICES: ReadonlySet<TArrivalNotice> = new Set(["invalid", "cpr-date-invalid", "language-not-offered", "reminders-no-email", "assignee-invalid"]);

export const isErrorNotice = (notice: TArrivalNotice) => ERROR_NOTICES.has(notice);

/** The notice an address carries, or undefined for none or one nobody sends. */
export function arrivalNoticeFrom(value: string | undefined): TArrivalNotice | undefined {
  return ARRIVAL_NOTICES.find((notice) => notice === value);
}
