import { getTranslations } from "next-intl/server";
import { HTTP_STATUS_META } from "@/lib/net/status-marker";

/**
 * The same friendly page for a wrong, expired or revoked link: it never says which, or whether it
 * existed. Rendered by the page itself, not through notFound(): Next 16 puts notFound()'s page into
 * the HTML only for the browser's JavaScript (vercel/next.js#98295), and the newcomer's page is sent
 * without any. The meta element asks scripts/server/server.ts to answer 404.
 */
export async function InvalidLinkPage() {
  const t = await getTranslations("newcomer");
  return (
    <main id="main-content" className="container page-main">
      <meta name={HTTP_STATUS_META} content="404" />
      <h1>{t("invalidTitle")}</h1>
      <p>{t("invalidText")}</p>
    </main>
  );
}
