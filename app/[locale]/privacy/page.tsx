import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LegalPageIndex } from "@/components/legal/LegalPageIndex";
import { db } from "@/lib/db";
import type { TLocale } from "@/lib/i18n/routing";
import { listPublicMunicipalities } from "@/lib/municipalities/public-municipalities";

type TProps = { params: Promise<{ locale: TLocale }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "legalPages" });
  return { title: t("index.privacyTitle") };
}

/** The footer's link where a page is about no municipality: every municipality's own page of this kind. */
export default async function PrivacyIndexPage({ params }: TProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <LegalPageIndex locale={locale} page="privacy" municipalities={await listPublicMunicipalities(db)} />;
}
