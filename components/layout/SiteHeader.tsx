import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { TSiteLanguage } from "@/lib/i18n/languages";
import { LocaleSwitcher } from "./LocaleSwitcher";

type TSiteHeaderProps = {
  /** The municipality the signed-in user works for; absent on public pages. */
  municipalityName?: string;
  homeHref: string;
  actions?: ReactNode;
  navigation?: ReactNode;
  /** The pages sent without JavaScript pass plain links (LanguageLinks); the others get the switcher that keeps the page. */
  languageSwitcher?: ReactNode;
  /** Named where no request tells it (a page rendered into a cache). */
  locale?: TSiteLanguage;
};

export async function SiteHeader({ municipalityName, homeHref, actions, navigation, languageSwitcher = <LocaleSwitcher />, locale }: TSiteHeaderProps) {
  const t = await (locale ? getTranslations({ locale, namespace: "common" }) : getTranslations("common"));
  return (
    <header className="header">
      <div className="solution-info">
        <div className="solution-info-inner container">
          <div className="solution-heading">
            <a href={homeHref}>{t("appName")}</a>
          </div>
          {municipalityName ? (
            <div className="additional-info">
              <p>
                <strong className="authority-name">{t("municipality", { name: municipalityName })}</strong>
              </p>
            </div>
          ) : null}
          <div className="header-actions">
            {languageSwitcher}
            {actions}
          </div>
        </div>
      </div>
      {navigation}
    </header>
  );
}
