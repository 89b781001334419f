import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  const common = await getTranslations("common");
  return (
    <footer>
      <div className="footer">
        <div className="container">
          <p>
            <strong>{common("appName")}</strong> · {t("about")}
          </p>
        </div>
      </div>
    </footer>
  );
}
