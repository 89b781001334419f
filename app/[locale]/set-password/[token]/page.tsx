import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { SetPasswordForm } from "@/components/users/SetPasswordForm";
import { db } from "@/lib/db";
import type { TLocale } from "@/lib/i18n/routing";
import { findSetupLinkUser } from "@/lib/users/password-setup";

type TProps = { params: Promise<{ locale: TLocale; token: string }> };

// The token is in the address: it never leaves for another site, and the page is never indexed.
export const metadata: Metadata = { referrer: "same-origin", robots: { index: false, follow: false } };

/** Where a new staff member (or one who forgot) chooses their password, through a one-time link. */
export default async function SetPasswordPage({ params }: TProps) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const [t, user] = await Promise.all([getTranslations("users.setPassword"), findSetupLinkUser(db, token)]);
  return (
    <>
      <SiteHeader homeHref={`/${locale}`} />
      <main id="main-content" className="container page-main">
        <div className="row">
          <div className="col-12 col-md-8 col-lg-6">
            <h1>{user ? t("title") : t("invalidTitle")}</h1>
            {user ? (
              <>
                <p className="font-lead">{t("intro", { name: user.name, email: user.email })}</p>
                <ClientMessages namespaces={["users"]}>
                  <SetPasswordForm token={token} />
                </ClientMessages>
              </>
            ) : (
              <p>{t("invalidText")}</p>
            )}
          </div>
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
