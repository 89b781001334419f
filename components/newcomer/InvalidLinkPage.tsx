import { getTranslations } from "next-intl/server";

/** The same friendly page for a wrong, expired or revoked link: it never says which, or whether it existed. Answered 404. */
export async function InvalidLinkPage() {
  const t = await getTranslations("newcomer");
  return (
    <main id="main-content" className="container page-main">
      <h1>{t("invalidTitle")}</h1>
      <p>{t("invalidText")}</p>
    </main>
  );
}

/** For a client refused for guessing links for a while. Answered 429. */
export async function RefusedLinkPage() {
  const t = await getTranslations("newcomer");
  return (
    <main id="main-content" className="container page-main">
      <h1>{t("refusedTitle")}</h1>
      <p>{t("refusedText")}</p>
    </main>
  );
}
