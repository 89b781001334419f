import { getTranslations } from "next-intl/server";
import { LANGUAGE_ENDONYMS, type TPacketLanguage } from "@/lib/i18n/languages";

type TNewcomerHeaderProps = { municipality: string; token: string; locale: TPacketLanguage; languages: readonly TPacketLanguage[] };

/** A header without client JavaScript: the municipality and plain links to the packet in each language it offers. */
export async function NewcomerHeader({ municipality, token, locale, languages }: TNewcomerHeaderProps) {
  const t = await getTranslations({ locale, namespace: "newcomer" });
  const ordered = languages.map((code) => ({ code, name: LANGUAGE_ENDONYMS[code] })).sort((a, b) => Number(b.code === locale) - Number(a.code === locale));
  return (
    <header className="header">
      <div className="solution-info">
        <div className="solution-info-inner container newcomer-header">
          <div className="solution-heading">
            <span>{municipality}</span>
          </div>
          <nav className="language-switcher" aria-label={t("language")}>
            <ul className="unstyled-list">
              {ordered.map((language) => (
                <li key={language.code}>
                  <a
                    href={`/${language.code}/welcome/${token}`}
                    lang={language.code}
                    hrefLang={language.code}
                    aria-current={language.code === locale ? "true" : undefined}
                  >
                    {language.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}
