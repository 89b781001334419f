"use client";

import { useLocale, useTranslations } from "next-intl";
import { LANGUAGE_ENDONYMS } from "@/lib/i18n/languages";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";

export function LocaleSwitcher() {
  const t = useTranslations("common");
  const current = useLocale();
  const pathname = usePathname();
  // Det Fælles Designsystem lists the current language first, marked with aria-current.
  const locales = [current, ...routing.locales.filter((locale) => locale !== current)];
  return (
    <nav className="language-switcher" aria-label={t("languageSwitcher")}>
      <ul className="unstyled-list">
        {locales.map((locale) => (
          <li key={locale}>
            <Link href={pathname} locale={locale} lang={locale} hrefLang={locale} aria-current={locale === current ? "true" : undefined}>
              {LANGUAGE_ENDONYMS[locale]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
