import { getTranslations } from "next-intl/server";
import type { TSiteLanguage } from "@/lib/i18n/languages";

/**
 * "This page does not exist": the not-found page of the App Router's pages, and of the pages sent
 * without JavaScript (which name their `locale`: no request tells it to a page kept in the cache).
 */
export async function PageNotFound({ locale }: { locale?: TSiteLanguage }) {
  const t = await (locale ? getTranslations({ locale, namespace: "notFound" }) : getTranslations("notFound"));
  return (
    <main id="main-content" className="container page-main">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
    </main>
  );
}
