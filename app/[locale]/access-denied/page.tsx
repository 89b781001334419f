import { getTranslations, setRequestLocale } from "next-intl/server";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { StaffHeader } from "@/components/layout/StaffHeader";
import { getCurrentUser } from "@/lib/auth/require-user";
import { Link } from "@/lib/i18n/navigation";
import type { TLocale } from "@/lib/i18n/routing";

/** Where a wrong role lands: still in their own header and menu, so the way on is where it always is. */
export default async function AccessDeniedPage({ params }: { params: Promise<{ locale: TLocale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, user] = await Promise.all([getTranslations("accessDenied"), getCurrentUser()]);
  return (
    <>
      {user ? <StaffHeader user={user} locale={locale} /> : <SiteHeader homeHref={`/${locale}`} />}
      <main id="main-content" className="container page-main">
        <h1>{t("title")}</h1>
        <p>{t("text")}</p>
        <Link href="/" className="button button-primary">
          {t("goHome")}
        </Link>
      </main>
      <SiteFooter municipality={user?.municipality} />
    </>
  );
}
