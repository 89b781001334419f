import { getTranslations } from "next-intl/server";
import type { TSiteLanguage } from "@/lib/i18n/languages";

/** The same friendly page for a wrong, expired or revoked link: it never says which, or whether it existed. Answered 404. */
export async function InvalidLinkPage({ locale }: { locale: TSiteLanguage }) {
  const t = await getTranslations({ locale, namespace: "newcomer" });
  return (
    <main id="main-content" className="container page-main">
      <h1>{t("invalidTitle")}</h1>
      <p>{t("invalidText")}</p>
    </main>
  );
}

/** For a client refused for guessing links for a while. Answered 429. */
export async function RefusedLinkPage({ locale }: { locale: TSiteLanguage }) {
  const t = await getTranslations({ locale, namespace: "newcomer" });
  return (
    <main id="main-content" className="container page-main">
      <h1>{t("refusedTitle")}</h1>
      <p>{t("refusedText")}</p>
    </main>
  );
}
