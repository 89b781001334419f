import { getTranslations } from "next-intl/server";
import type { TPacketLanguage } from "@/lib/i18n/languages";
import { LanguageSwitcherNav } from "./LanguageSwitcherNav";

/** The site's languages as plain links (no JavaScript), as LocaleSwitcher shows them. */
export async function LanguageLinks({ current, hrefOf }: { current: TPacketLanguage; hrefOf: (locale: TPacketLanguage) => string }) {
  const t = await getTranslations({ locale: current, namespace: "common" });
  return <LanguageSwitcherNav label={t("languageSwitcher")} current={current} link={(locale, props) => <a href={hrefOf(locale)} {...props} />} />;
}
