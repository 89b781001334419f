import { getTranslations } from "next-intl/server";

/** The same friendly page for a wrong, expired or revoked link: it never says which, or whether it existed. */
export default async function WelcomeLinkNotFound() {
  const t = await getTranslations("newcomer");
  return (
    <main id="main-content" className="container page-main">
      <h1>{t("invalidTitle")}</h1>
      <p>{t("invalidText")}</p>
    </main>
  );
}
