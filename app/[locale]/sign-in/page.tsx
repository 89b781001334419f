import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { IdentityProviderButtons } from "@/components/auth/IdentityProviderButtons";
import { SignInForm } from "@/components/auth/SignInForm";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { Alert } from "@/components/ui/Alert";
import { listSignInChoices } from "@/lib/auth/identity-providers";
import { SIGN_IN_UNKNOWN_IDENTITY } from "@/lib/auth/sign-in-errors";
import { db } from "@/lib/db";
import type { TLocale } from "@/lib/i18n/routing";

type TProps = { params: Promise<{ locale: TLocale }>; searchParams: Promise<{ error?: string }> };

// The identity providers come from the database: every instance offers the ones set up now.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "signIn" });
  return { title: t("title") };
}

export default async function SignInPage({ params, searchParams }: TProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, choices, { error }] = await Promise.all([getTranslations("signIn"), listSignInChoices(db), searchParams]);
  // next-auth names what went wrong with an organisation's sign-in in `error`; the password form reports its own.
  const organisationError = error ? t(error === SIGN_IN_UNKNOWN_IDENTITY ? "unknownIdentity" : "organisationFailed") : null;
  return (
    <>
      <SiteHeader homeHref={`/${locale}`} />
      <main id="main-content" className="container page-main">
        <div className="row">
          <div className="col-12 col-md-8 col-lg-6">
            <h1>{t("title")}</h1>
            <p className="font-lead">{t("intro")}</p>
            {organisationError ? (
              <Alert variant="error" role="alert">
                <p className="alert-text">{organisationError}</p>
              </Alert>
            ) : null}
            <ClientMessages namespaces={["signIn"]}>
              {choices.length > 0 ? (
                <>
                  <h2>{t("organisationHeading")}</h2>
                  <p>{t("organisationIntro")}</p>
                  <IdentityProviderButtons choices={choices} />
                  <h2>{t("passwordHeading")}</h2>
                </>
              ) : null}
              <SignInForm />
            </ClientMessages>
          </div>
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
