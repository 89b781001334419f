import { getTranslations } from "next-intl/server";

/** "This page does not exist": the not-found page of the App Router's pages, and of the pages sent without JavaScript. */
export async function PageNotFound() {
  const t = await getTranslations("notFound");
  return (
    <main id="main-content" className="container page-main">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
    </main>
  );
}
