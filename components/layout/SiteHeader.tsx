import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LocaleSwitcher } from "./LocaleSwitcher";

type TSiteHeaderProps = {
  /** The municipality the signed-in user works for; absent on public pages. */
  municipalityName?: string;
  homeHref: string;
  actions?: ReactNode;
  navigation?: ReactNode;
};

export async function SiteHeader({ municipalityName, homeHref, actions, navigation }: TSiteHeaderProps) {
  const t = await getTranslations("common");
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
            <LocaleSwitcher />
            {actions}
          </div>
        </div>
      </div>
      {navigation}
    </header>
  );
}
