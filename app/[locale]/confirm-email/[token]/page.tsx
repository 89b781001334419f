import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { Alert } from "@/components/ui/Alert";
import { db } from "@/lib/db";
import type { TPacketLanguage } from "@/lib/i18n/languages";
import { confirmEmailChangeAction } from "@/lib/reminders/confirm-email-actions";
import { findEmailChange, ZNewEmail } from "@/lib/reminders/email-change";

type TProps = { params: Promise<{ locale: TPacketLanguage; token: string }>; searchParams: Promise<{ confirmed?: string }> };

export const metadata: Metadata = { referrer: "same-origin", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

/** Where the link in the confirmation e-mail leads: one button confirms the new address for reminders. */
export default async function ConfirmEmailPage({ params, searchParams }: TProps) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const [t, request, { confirmed }] = await Promise.all([getTranslations("confirmEmail"), findEmailChange(db, token), searchParams]);
  const confirmedEmail = ZNewEmail.safeParse(confirmed ?? "");
  return (
    <>
      <SiteHeader homeHref={`/${locale}`} languageSwitcher={null} />
      <main id="main-content" className="container page-main">
        {confirmedEmail.success ? (
          <>
            <h1>{t("title")}</h1>
            <Alert variant="success" role="status">
              <p className="alert-text">{t("confirmed", { email: confirmedEmail.data })}</p>
            </Alert>
          </>
        ) : request ? (
          <>
            <h1>{t("title")}</h1>
            <p>{t("text", { municipality: request.municipality, email: request.newEmail })}</p>
            <form action={confirmEmailChangeAction}>
              <input type="hidden" name="token" value={token} />
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" className="button button-primary">
                {t("confirm")}
              </button>
            </form>
          </>
        ) : (
          <>
            <h1>{t("invalidTitle")}</h1>
            <p>{t("invalidText")}</p>
          </>
        )}
      </main>
      <SiteFooter />
    </>
  );
}
