import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { getCurrentUser } from "@/lib/auth/require-user";
import { ROLE_HOME } from "@/lib/auth/role-home";
import { db } from "@/lib/db";
import { Link, redirect } from "@/lib/i18n/navigation";
import type { TLocale } from "@/lib/i18n/routing";
import { listPublicMunicipalities } from "@/lib/municipalities/public-municipalities";
import { publicWelcomePath } from "@/lib/welcome/public-welcome-path";

type TProps = { params: Promise<{ locale: TLocale }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "home" });
  return { title: { absolute: t("title") } };
}

/** The site's front: newcomers find their municipality's welcome page, staff the way to sign in; signed-in staff go on to their own page. */
export default async function LocaleHomePage({ params }: TProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  if (user) return redirect({ href: ROLE_HOME[user.role], locale });
  const [t, municipalities] = await Promise.all([getTranslations("home"), listPublicMunicipalities(db)]);
  return (
    <>
      <SiteHeader homeHref={`/${locale}`} />
      <main id="main-content" className="container page-main">
        <h1>{t("title")}</h1>
        <p className="font-lead">{t("lead")}</p>
        <div className="row">
          <section className="col-12 col-md-6" aria-labelledby="home-newcomers">
            <h2 id="home-newcomers">{t("newcomersTitle")}</h2>
            <p>{t("newcomersText")}</p>
            <ul className="nobullet-list home-municipalities">
              {municipalities.map((municipality) => (
                <li key={municipality.slug}>
                  <a href={publicWelcomePath(locale, municipality.slug)} className="button button-secondary">
                    {t("welcomeTo", { municipality: municipality.name })}
                  </a>
                </li>
              ))}
            </ul>
          </section>
          <section className="col-12 col-md-6" aria-labelledby="home-staff">
            <h2 id="home-staff">{t("staffTitle")}</h2>
            <p>{t("staffText")}</p>
            <Link href="/sign-in" className="button button-primary">
              {t("signIn")}
            </Link>
          </section>
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
