import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { answerOrUnavailable, scriptFreePageResponse } from "@/components/document/script-free-page";
import { InvalidLinkPage, RefusedLinkPage } from "@/components/newcomer/InvalidLinkPage";
import { NewcomerPage } from "@/components/newcomer/NewcomerPage";
import { db } from "@/lib/db";
import { isPacketLanguage } from "@/lib/i18n/languages";
import { clientKeyFrom } from "@/lib/net/client-key";
import { readFormBody } from "@/lib/net/read-form-body";
import { answerNewcomerFormPost, ZNewcomerFormPost } from "@/lib/newcomer/newcomer-form-posts";
import { openWelcomeLink, WRONG_LINK_RULE } from "@/lib/newcomer/open-welcome-link";
import { buildCurrentPacket } from "@/lib/packet/packet-service";

type TContext = { params: Promise<{ locale: string; token: string }> };

// Personal: never kept by a shared cache, always revalidated, yet the browser's back button may show it again.
const PERSONAL = { "Cache-Control": "private, no-cache" };

/**
 * The newcomer's own page, sent without JavaScript (a route handler, not a page: the App Router
 * always sends its runtime). Its status is its own: 404 for a link that does not work, 429 for a
 * client refused for guessing links.
 */
export async function GET(request: NextRequest, { params }: TContext) {
  const { locale, token } = await params;
  if (!isPacketLanguage(locale)) return new Response("Not found", { status: 404 });
  return answerOrUnavailable(locale, async () => {
    const link = await openWelcomeLink(db, { token, clientKey: clientKeyFrom(request.headers) });
    // Only the two refusals need the messages here; the page's components read their own.
    const messages = () => getTranslations({ locale, namespace: "newcomer" });
    if (link.status === "refused") {
      const t = await messages();
      return scriptFreePageResponse({
        locale,
        title: t("refusedTitle"),
        body: <RefusedLinkPage locale={locale} />,
        status: 429,
        headers: { "Retry-After": String(WRONG_LINK_RULE.blockSeconds), "Cache-Control": "no-store" },
        isPrivate: true,
      });
    }
    const packet =
      link.status === "ok"
        ? await buildCurrentPacket(db, { municipalityId: link.municipalityId, arrivalId: link.arrivalId, language: locale }, { knownState: link.packetState })
        : null;
    if (link.status !== "ok" || !packet) {
      const t = await messages();
      return scriptFreePageResponse({
        locale,
        title: t("invalidTitle"),
        body: <InvalidLinkPage locale={locale} />,
        status: 404,
        headers: { "Cache-Control": "no-store" },
        isPrivate: true,
      });
    }
    return scriptFreePageResponse({
      locale,
      title: packet.municipality.letterName,
      headers: PERSONAL,
      isPrivate: true,
      body: (
        <NewcomerPage
          token={token}
          locale={locale}
          packet={packet}
          municipalitySlug={link.municipalitySlug}
          offeredLanguages={link.offeredLanguages}
          progress={link.progress}
          reminders={{ ...link.reminders, outcome: request.nextUrl.searchParams.get("reminders") }}
        />
      ),
    });
  });
}

/** The page's forms (a tick, reminders on or off, another address), posted to its own address; then back to the page (303). */
export async function POST(request: NextRequest, { params }: TContext) {
  const { locale, token } = await params;
  if (!isPacketLanguage(locale)) return new Response("Not found", { status: 404 });
  const body = await readFormBody(request);
  if (!body.ok) return new Response(body.status === 413 ? "The request is too large." : "The request is malformed.", { status: body.status });
  const post = ZNewcomerFormPost.safeParse(Object.fromEntries(body.formData));
  if (!post.success) return new Response("The form is not one of this page's.", { status: 400 });
  return answerOrUnavailable(locale, async () => {
    const back = await answerNewcomerFormPost(db, { token, locale, clientKey: clientKeyFrom(request.headers) }, post.data);
    return new Response(null, { status: 303, headers: { Location: back, "Cache-Control": "no-store" } });
  });
}
