/** A `tel:` address from a phone number as written ("+45 96 28 28 28" → "tel:+4596282828"): on a phone, a tap calls. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

/** A `mailto:` address; the address is validated where it is stored. */
export function mailtoHref(email: string): string {
  return `mailto:${email}`;
}
