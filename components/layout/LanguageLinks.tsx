import { getTranslations } from "next-intl/server";
import type { TSiteLanguage } from "@/lib/i18n/languages";
import { LanguageSwitcherNav } from "./LanguageSwitcherNav";

/** A page's languages as plain links (no JavaScript), as LocaleSwitcher shows the staff pages'. */
export async function LanguageLinks<L extends TSiteLanguage>({
  current,
  languages,
  hrefOf,
}: {
  current: L;
  languages: readonly L[];
  hrefOf: (language: L) => string;
}) {
  const t = await getTranslations({ locale: current, namespace: "common" });
  return (
    <LanguageSwitcherNav
      label={t("languageSwitcher")}
      current={current}
      languages={languages}
      link={(language, props) => <a href={hrefOf(language)} {...props} />}
    />
  );
}
