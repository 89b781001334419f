import type { ReactNode } from "react";
import { LANGUAGE_ENDONYMS, type TSiteLanguage } from "@/lib/i18n/languages";

export type TLanguageLinkProps<L extends TSiteLanguage> = { lang: L; hrefLang: L; "aria-current"?: "true"; children: ReactNode };

/**
 * Det Fælles Designsystem's language switcher: the current language first, marked with
 * aria-current, each named in its own language. `link` makes the link (a plain one on the
 * script-free pages, next-intl's Link on the others).
 */
export function LanguageSwitcherNav<L extends TSiteLanguage>({
  label,
  current,
  languages,
  link,
}: {
  label: string;
  current: L;
  languages: readonly L[];
  link: (locale: L, props: TLanguageLinkProps<L>) => ReactNode;
}) {
  const ordered = [current, ...languages.filter((language) => language !== current)];
  return (
    <nav className="language-switcher" aria-label={label}>
      <ul className="unstyled-list">
        {ordered.map((language) => (
          <li key={language}>
            {link(language, {
              lang: language,
              hrefLang: language,
              "aria-current": language === current ? "true" : undefined,
              children: LANGUAGE_ENDONYMS[language],
            })}
          </li>
        ))}
      </ul>
    </nav>
  );
}
