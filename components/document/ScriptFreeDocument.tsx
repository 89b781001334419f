import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { type TSiteLanguage, textDirection } from "@/lib/i18n/languages";
import { scriptFreeStylesheetsFor } from "@/lib/styles/script-free-stylesheet";

type TScriptFreeDocumentProps = {
  locale: TSiteLanguage;
  /** The page's own title; the app's name follows it, as on every other page. */
  title: string;
  /** The newcomer's page is personal: never indexed, and its address never sent to other sites. */
  isPrivate?: boolean;
  /** The page in the site's other languages, for search engines (`x-default`: the address without a language). */
  alternates?: readonly { hrefLang: string; href: string }[];
  /** What search results show under the title; the app's tagline when not given. */
  description?: string;
  children: ReactNode;
};

/** The HTML document of a page sent without JavaScript (rendered by a route handler): what app/[locale]/layout.tsx gives the others. */
export async function ScriptFreeDocument({ locale, title, isPrivate = false, alternates = [], description, children }: TScriptFreeDocumentProps) {
  const [t, stylesheets] = await Promise.all([getTranslations({ locale, namespace: "common" }), scriptFreeStylesheetsFor(locale)]);
  return (
    <html lang={locale} dir={textDirection(locale)}>
      {/* biome-ignore lint/style/noHeadElement: a route handler renders this whole document itself; next/head belongs to the Pages Router. */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${t("appName")}`}</title>
        {isPrivate ? <meta name="robots" content="noindex, nofollow" /> : <meta name="description" content={description ?? t("tagline")} />}
        {isPrivate ? <meta name="referrer" content="same-origin" /> : null}
        {alternates.map((alternate) => (
          <link key={alternate.hrefLang} rel="alternate" hrefLang={alternate.hrefLang} href={alternate.href} />
        ))}
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        {stylesheets.map((stylesheet) => (
          <link key={stylesheet.href} rel="stylesheet" href={stylesheet.href} />
        ))}
      </head>
      <body>
        <a className="skip-link" href="#main-content">
          {t("skipToContent")}
        </a>
        {children}
      </body>
    </html>
  );
}
