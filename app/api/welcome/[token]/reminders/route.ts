import { personalLinkUrl } from "@/lib/app-url";
import { db } from "@/lib/db";
import { clientKeyFrom } from "@/lib/net/client-key";
import { openWelcomeLink } from "@/lib/newcomer/open-welcome-link";
import { setReminderConsent } from "@/lib/reminders/reminder-consent";

type TParams = { params: Promise<{ token: string }> };

/**
 * One-click unsubscribe (RFC 8058): the address in a reminder's List-Unsubscribe header, POSTed by
 * the newcomer's mail program with "List-Unsubscribe=One-Click". It turns reminders off and nothing else.
 */
export async function POST(request: Request, { params }: TParams) {
  const link = await openWelcomeLink(db, { token: (await params).token, clientKey: clientKeyFrom(request.headers) });
  if (link.status === "refused") return new Response("Too many attempts. Try again later.", { status: 429, headers: { "Retry-After": "900" } });
  if (link.status === "invalid") return new Response("This link does not work.", { status: 404 });
  await setReminderConsent(db, { municipalityId: link.municipalityId, arrivalId: link.arrivalId, isOn: false, by: { kind: "newcomer" } });
  return new Response("Reminders are off.", { status: 200, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** Opened in a browser instead: a GET changes nothing (link scanners open links too), it shows the reminders on the newcomer's page. */
export async function GET(request: Request, { params }: TParams) {
  const { token } = await params;
  const link = await openWelcomeLink(db, { token, clientKey: clientKeyFrom(request.headers) });
  if (link.status === "refused") return new Response("Too many attempts. Try again later.", { status: 429, headers: { "Retry-After": "900" } });
  if (link.status === "invalid") return new Response("This link does not work.", { status: 404 });
  return Response.redirect(`${personalLinkUrl(link.packetLanguage, token)}#reminders`, 303);
}
