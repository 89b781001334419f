import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { MainNav } from "@/components/layout/MainNav";
import { SignOutButton } from "@/components/layout/SignOutButton";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { requireUser } from "@/lib/auth/require-user";
import { ROLE_HOME } from "@/lib/auth/role-home";
import { clientMessages } from "@/lib/i18n/client-messages";

// Note: each page below checks its own role too; this layout only requires a signed-in user.
// No next-auth SessionProvider: nothing reads the session in the browser, and the provider would
// fetch /api/auth/session on every page view and window focus.
export default async function StaffLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const user = await requireUser();
  const t = await getTranslations("common");
  const roles = await getTranslations("roles");
  const messages = await clientMessages(["common"]);
  return (
    <NextIntlClientProvider messages={messages}>
      <SiteHeader
        municipalityName={user.municipality.name}
        homeHref={`/${locale}${ROLE_HOME[user.role]}`}
        navigation={<MainNav role={user.role} />}
        actions={
          <>
            <span className="user-info">
              {t("signedInAs", { name: user.name })} ({roles(user.role)})
            </span>
            <SignOutButton />
          </>
        }
      />
      <main id="main-content" className="container page-main">
        {children}
      </main>
      <SiteFooter />
    </NextIntlClientProvider>
  );
}
