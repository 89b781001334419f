import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main id="main-content" className="container page-main">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
    </main>
  );
}
