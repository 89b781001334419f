import { getTranslations, setRequestLocale } from "next-intl/server";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { Link } from "@/lib/i18n/navigation";
import type { TLocale } from "@/lib/i18n/routing";

export default async function AccessDeniedPage({ params }: { params: Promise<{ locale: TLocale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("accessDenied");
  return (
    <>
      <SiteHeader homeHref={`/${locale}`} />
      <main id="main-content" className="container page-main">
        <h1>{t("title")}</h1>
        <p>{t("text")}</p>
        <Link href="/" className="button button-primary">
          {t("goHome")}
        </Link>
      </main>
      <SiteFooter />
    </>
  );
}
