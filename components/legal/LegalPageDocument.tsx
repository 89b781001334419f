import type { ReactNode } from "react";
import { LanguageLinks } from "@/components/layout/LanguageLinks";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { PUBLIC_PAGE_LANGUAGES, type TSiteLanguage } from "@/lib/i18n/languages";
import { legalPagePath, type TLegalPage, type TLegalPageData } from "@/lib/legal/legal-pages";
import { publicWelcomePath } from "@/lib/welcome/public-welcome-path";

/** The frame of a municipality's accessibility statement or privacy notice: its header, a language chooser for the same page, its footer. */
export function LegalPageDocument({
  locale,
  page,
  municipality,
  children,
}: {
  locale: TSiteLanguage;
  page: TLegalPage;
  municipality: TLegalPageData;
  children: ReactNode;
}) {
  return (
    <>
      <SiteHeader
        locale={locale}
        homeHref={publicWelcomePath(locale, municipality.slug)}
        municipalityName={municipality.name}
        languageSwitcher={
          <LanguageLinks current={locale} languages={PUBLIC_PAGE_LANGUAGES} hrefOf={(other) => legalPagePath(other, municipality.slug, page)} />
        }
      />
      <main id="main-content" className="container page-main legal-page">
        {children}
      </main>
      <SiteFooter municipality={municipality} locale={locale} />
    </>
  );
}

/** A municipality's contact as lines: the address, then each way to reach it that it has. */
export function ContactLines({ lines }: { lines: ({ text: string; href?: string } | null)[] }) {
  return (
    <p className="legal-contact">
      {lines.flatMap((line) =>
        line
          ? [
              <span key={line.text} className="legal-contact-line">
                {line.href ? (
                  <a href={line.href} dir="ltr">
                    {line.text}
                  </a>
                ) : (
                  line.text
                )}
              </span>,
            ]
          : [],
      )}
    </p>
  );
}
