/**
 * A page that must answer with another status than 200 without calling notFound() (whose page
 * Next 16 renders only in the browser) says so with `<meta name="ankomst-status" content="404">`;
 * scripts/server/server.ts sends that status and drops the element.
 */
export const HTTP_STATUS_META = "ankomst-status";

const MARKER = new RegExp(`<meta name="${HTTP_STATUS_META}" content="(\\d{3})"\\s*/?>`);

/** The status a page asks for, and its HTML without the marker; null when it asks for none. */
export function requestedStatus(html: string): { status: number; html: string } | null {
  const match = MARKER.exec(html);
  if (!match) return null;
  return { status: Number(match[1]), html: html.replace(MARKER, "") };
}
