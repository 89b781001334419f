import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { TSiteLanguage } from "@/lib/i18n/languages";
import { isDatabaseOutage } from "@/lib/net/database-outage";
import { htmlResponse, renderHtmlDocument } from "@/lib/net/html-page-response";
import { RETRY_AFTER_SECONDS } from "@/lib/net/outage-response";
import { ScriptFreeDocument } from "./ScriptFreeDocument";

type TScriptFreePage = {
  locale: TSiteLanguage;
  title: string;
  body: ReactNode;
  status?: number;
  headers?: Record<string, string>;
  isPrivate?: boolean;
  alternates?: readonly { hrefLang: string; href: string }[];
  description?: string;
};

/** A whole page without JavaScript as HTML. */
export function renderScriptFreePage({
  locale,
  title,
  body,
  isPrivate,
  alternates,
  description,
}: Omit<TScriptFreePage, "status" | "headers">): Promise<string> {
  return renderHtmlDocument(
    <ScriptFreeDocument locale={locale} title={title} isPrivate={isPrivate} alternates={alternates} description={description}>
      {body}
    </ScriptFreeDocument>,
  );
}

/** A route handler's answer: a whole page without JavaScript, with the handler's own status. */
export async function scriptFreePageResponse({ status, headers, ...page }: TScriptFreePage): Promise<Response> {
  return htmlResponse(await renderScriptFreePage(page), { status, headers });
}

/**
 * Answers with `answer`, or, when the database is away or too slow, with "temporarily unavailable"
 * (503, Retry-After) in the page's language. Any other failure is a bug: it is thrown, logged, and a 500.
 */
export async function answerOrUnavailable(locale: TSiteLanguage, answer: () => Promise<Response>): Promise<Response> {
  try {
    return await answer();
  } catch (error) {
    if (!isDatabaseOutage(error)) throw error;
    const t = await getTranslations({ locale, namespace: "common" });
    return scriptFreePageResponse({
      locale,
      title: t("unavailableTitle"),
      status: 503,
      headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" },
      body: (
        <main id="main-content" className="container page-main">
          <h1>{t("unavailableTitle")}</h1>
          <p>{t("unavailableText")}</p>
        </main>
      ),
    });
  }
}
