import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { StaffHeader } from "@/components/layout/StaffHeader";
import { requireUser } from "@/lib/auth/require-user";
import { clientMessages } from "@/lib/i18n/client-messages";

// Note: each page below checks its own role too; this layout only requires a signed-in user.
// No next-auth SessionProvider: nothing reads the session in the browser, and the provider would
// fetch /api/auth/session on every page view and window focus.
export default async function StaffLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const user = await requireUser();
  const messages = await clientMessages(["common"]);
  return (
    <NextIntlClientProvider messages={messages}>
      <StaffHeader user={user} locale={locale} />
      <main id="main-content" className="container page-main">
        {children}
      </main>
      <SiteFooter municipality={user.municipality} />
    </NextIntlClientProvider>
  );
}
