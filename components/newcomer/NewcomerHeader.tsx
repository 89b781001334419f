import { getTranslations } from "next-intl/server";

const LANGUAGES = [
  { code: "en", name: "English" },
  { code: "de", name: "Deutsch" },
  { code: "da", name: "Dansk" },
] as const;

/** A header without client JavaScript: the municipality and plain links to the packet in each language. */
export async function NewcomerHeader({ municipality, token, locale }: { municipality: string; token: string; locale: string }) {
  const t = await getTranslations("newcomer");
  const ordered = [...LANGUAGES].sort((a, b) => Number(b.code === locale) - Number(a.code === locale));
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
