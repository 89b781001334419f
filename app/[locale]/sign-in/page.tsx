import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/components/auth/SignInForm";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import type { TLocale } from "@/lib/i18n/routing";

type TProps = { params: Promise<{ locale: TLocale }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "signIn" });
  return { title: t("title") };
}

export default async function SignInPage({ params }: TProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("signIn");
  return (
    <>
      <SiteHeader homeHref={`/${locale}`} />
      <main id="main-content" className="container page-main">
        <div className="row">
          <div className="col-12 col-md-8 col-lg-6">
            <h1>{t("title")}</h1>
            <p className="font-lead">{t("intro")}</p>
            <ClientMessages namespaces={["signIn"]}>
              <SignInForm />
            </ClientMessages>
          </div>
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
