import { getTranslations } from "next-intl/server";
import { HTTP_STATUS_META } from "@/lib/net/status-marker";

/**
 * "This page does not exist". With `asksFor404`, a page renders it itself and the server answers
 * 404 (lib/net/status-marker.ts): for the pages sent without JavaScript, where notFound()'s page
 * would be blank (Next 16 renders it only in the browser, vercel/next.js#98295).
 */
export async function PageNotFound({ asksFor404 = false }: { asksFor404?: boolean }) {
  const t = await getTranslations("notFound");
  return (
    <main id="main-content" className="container page-main">
      {asksFor404 ? <meta name={HTTP_STATUS_META} content="404" /> : null}
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
    </main>
  );
}
