import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { PLEX_FONT_VARIABLES } from "@/components/fonts/plex-sans";
import { clientMessages } from "@/lib/i18n/client-messages";
import { isSiteLanguage, textDirection } from "@/lib/i18n/languages";
import { routing } from "@/lib/i18n/routing";
import "../globals.css";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isSiteLanguage(locale) ? locale : routing.defaultLocale, namespace: "common" });
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  // Every page is rendered per request: its scripts carry the request's CSP nonce (proxy.ts).
  await connection();
  const { locale } = await params;
  // The staff pages check theirs are in a staff language; a newcomer's page (confirm-email) may be in any.
  if (!isSiteLanguage(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <html lang={locale} dir={textDirection(locale)} className={PLEX_FONT_VARIABLES}>
      <body>
        <a className="skip-link" href="#main-content">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={await clientMessages(["common"])}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
