"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { LanguageSwitcherNav } from "./LanguageSwitcherNav";

/** The staff pages' language switcher: the same page in another language. */
export function LocaleSwitcher() {
  const t = useTranslations("common");
  const pathname = usePathname();
  return (
    <LanguageSwitcherNav label={t("languageSwitcher")} current={useLocale()} link={(locale, props) => <Link href={pathname} locale={locale} {...props} />} />
  );
}
