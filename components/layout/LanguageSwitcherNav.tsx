import type { ReactNode } from "react";
import { LANGUAGE_ENDONYMS } from "@/lib/i18n/languages";
import { routing, type TLocale } from "@/lib/i18n/routing";

export type TLanguageLinkProps = { lang: TLocale; hrefLang: TLocale; "aria-current"?: "true"; children: ReactNode };

/**
 * Det Fælles Designsystem's language switcher: the current language first, marked with
 * aria-current, each named in its own language. `link` makes the link (a plain one on the
 * script-free pages, next-intl's Link on the others).
 */
export function LanguageSwitcherNav({
  label,
  current,
  link,
}: {
  label: string;
  current: TLocale;
  link: (locale: TLocale, props: TLanguageLinkProps) => ReactNode;
}) {
  const locales = [current, ...routing.locales.filter((locale) => locale !== current)];
  return (
    <nav className="language-switcher" aria-label={label}>
      <ul className="unstyled-list">
        {locales.map((locale) => (
          <li key={locale}>
            {link(locale, { lang: locale, hrefLang: locale, "aria-current": locale === current ? "true" : undefined, children: LANGUAGE_ENDONYMS[locale] })}
          </li>
        ))}
      </ul>
    </nav>
  );
}
