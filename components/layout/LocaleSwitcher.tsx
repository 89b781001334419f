"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { routing, type TLocale } from "@/lib/i18n/routing";
import { LanguageSwitcherNav } from "./LanguageSwitcherNav";

/** The staff pages' language switcher: the same page in another language. */
export function LocaleSwitcher() {
  const t = useTranslations("common");
  const pathname = usePathname();
  const locale = useLocale();
  const current: TLocale = (routing.locales as readonly string[]).includes(locale) ? (locale as TLocale) : routing.defaultLocale;
  return (
    <LanguageSwitcherNav
      label={t("languageSwitcher")}
      current={current}
      languages={routing.locales}
      link={(language, props) => <Link href={pathname} locale={language} {...props} />}
    />
  );
}
