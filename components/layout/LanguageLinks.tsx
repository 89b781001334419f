import { getTranslations } from "next-intl/server";
import { LANGUAGE_ENDONYMS, type TPacketLanguage } from "@/lib/i18n/languages";
import { routing } from "@/lib/i18n/routing";

/** The site's languages as plain links (no JavaScript), the current one first and marked, as LocaleSwitcher shows them. */
export async function LanguageLinks({ current, hrefOf }: { current: TPacketLanguage; hrefOf: (locale: TPacketLanguage) => string }) {
  const t = await getTranslations({ locale: current, namespace: "common" });
  const locales = [current, ...routing.locales.filter((locale) => locale !== current)];
  return (
    <nav className="language-switcher" aria-label={t("languageSwitcher")}>
      <ul className="unstyled-list">
        {locales.map((locale) => (
          <li key={locale}>
            <a href={hrefOf(locale)} lang={locale} hrefLang={locale} aria-current={locale === current ? "true" : undefined}>
              {LANGUAGE_ENDONYMS[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
