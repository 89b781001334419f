import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { KeepingForm } from "@/components/settings/KeepingForm";
import { LegalPagesForm } from "@/components/settings/LegalPagesForm";
import { LetterheadForm } from "@/components/settings/LetterheadForm";
import { LogoForm } from "@/components/settings/LogoForm";
import { OfferedLanguagesForm } from "@/components/settings/OfferedLanguagesForm";
import { ReminderDaysForm } from "@/components/settings/ReminderDaysForm";
import { StaffSignInSettings } from "@/components/settings/StaffSignInSettings";
import { WorkListSettingsForm } from "@/components/settings/WorkListSettingsForm";
import { Alert } from "@/components/ui/Alert";
import { getIdentityProviderView, identityProviderRedirectUri } from "@/lib/auth/identity-providers";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { packetLanguageNames } from "@/lib/i18n/packet-language-names";
import type { TLocale } from "@/lib/i18n/routing";
import { legalPagePath } from "@/lib/legal/legal-pages";
import { getLegalSettings } from "@/lib/legal/legal-settings";
import { getKeepingSettings } from "@/lib/municipalities/keeping-settings";
import { getLetterheadSettings } from "@/lib/municipalities/letterhead-settings";
import { getLogoReference } from "@/lib/municipalities/municipality-logo";
import { getOfferedLanguages } from "@/lib/municipalities/offered-languages";
import { moveOfficeAction } from "@/lib/municipalities/office-actions";
import { listOffices } from "@/lib/municipalities/offices";
import { getReminderLeadDays } from "@/lib/reminders/reminder-lead-days";
import { getWorkListSettings } from "@/lib/worklist/work-list-settings";

type TProps = {
  params: Promise<{ locale: TLocale }>;
  searchParams: Promise<
    {
      notice?: string;
      logo?: string;
      languages?: string;
      signIn?: string;
    } & Partial<Record<string, string>>
  >;
};

const OFFICE_NOTICES = ["office-saved", "office-deleted", "office-moved", "invalid"] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("letterhead"))("title") };
}

/** The administrator's settings of their municipality: the welcome letter's letterhead and logo, the offices, and the periods. */
export default async function MunicipalitySettingsPage({ params, searchParams }: TProps) {
  const { locale } = await params;
  const admin = await requireUser({ role: "ADMIN" });
  const [settings, logo, offices, periods, signIn, offered, leadDays, workList, legal] = await Promise.all([
    getLetterheadSettings(db, admin.municipalityId),
    getLogoReference(db, admin.municipalityId),
    listOffices(db, admin.municipalityId),
    getKeepingSettings(db, admin.municipalityId),
    getIdentityProviderView(db, admin.municipalityId),
    getOfferedLanguages(db, admin.municipalityId),
    getReminderLeadDays(db, admin.municipalityId, locale),
    getWorkListSettings(db, admin.municipalityId),
    getLegalSettings(db, admin.municipalityId),
  ]);
  if (!settings || !periods || !signIn || !leadDays || !workList || !legal) notFound();
  const query = await searchParams;
  const [t, common, languageNames, o, legalSettings, periodsText] = await Promise.all([
    getTranslations("letterhead"),
    getTranslations("common"),
    packetLanguageNames(),
    getTranslations("offices"),
    getTranslations("legalSettings"),
    getTranslations("periods"),
  ]);
  const rawNotice = query.notice;
  const notice = OFFICE_NOTICES.find((candidate) => candidate === rawNotice);
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <h1>{t("title")}</h1>
        <p className="font-lead">{t("intro", { municipality: common("municipality", { name: admin.municipality.name }) })}</p>
        <ClientMessages namespaces={["letterhead"]}>
          <LetterheadForm initialValues={settings} languageNames={languageNames} />
        </ClientMessages>
        <LogoForm logo={logo} letterName={settings.letterName} outcome={query.logo} />

        <section aria-labelledby="offices" className="settings-offices">
          <h2 id="offices">{o("title")}</h2>
          {notice ? (
            <Alert variant={notice === "invalid" ? "error" : "success"} role="status">
              <p className="alert-text">{o(`notices.${notice}`)}</p>
            </Alert>
          ) : null}
          <p>{o("intro")}</p>
          {offices.length === 0 ? <p>{o("none")}</p> : null}
          <ol className="office-list">
            {offices.map((office, index) => (
              <li key={office.id}>
                <strong>{office.name}</strong>
                <span className="office-address">
                  {office.kind === "NATIONAL" ? o("kindNationalShort") : `${office.addressLine}, ${office.postalCode} ${office.city}`}
                </span>
                <span className="office-actions">
                  <a href={`/${locale}/admin/settings/offices/${office.id}`} aria-label={o("editOf", { name: office.name })}>
                    {o("edit")}
                  </a>
                  {(["up", "down"] as const).map((direction) =>
                    (direction === "up" && index === 0) || (direction === "down" && index === offices.length - 1) ? null : (
                      <form action={moveOfficeAction} key={direction} className="move-office">
                        <input type="hidden" name="officeId" value={office.id} />
                        <input type="hidden" name="direction" value={direction} />
                        <button
                          type="submit"
                          className="button button-tertiary button-small"
                          aria-label={o(direction === "up" ? "moveUpOf" : "moveDownOf", { name: office.name })}
                        >
                          {o(direction === "up" ? "moveUp" : "moveDown")}
                        </button>
                      </form>
                    ),
                  )}
                </span>
              </li>
            ))}
          </ol>
          <Link href="/admin/settings/offices/new" className="button button-secondary">
            {o("add")}
          </Link>
        </section>

        <OfferedLanguagesForm offered={offered} languageNames={languageNames} outcome={query.languages} />

        <ClientMessages namespaces={["reminderDays"]}>
          <ReminderDaysForm steps={leadDays} />
        </ClientMessages>

        <ClientMessages namespaces={["workListSettings"]}>
          <WorkListSettingsForm current={workList} />
        </ClientMessages>

        <StaffSignInSettings view={signIn} redirectUri={identityProviderRedirectUri(admin.municipality.slug)} outcome={query.signIn} />

        <ClientMessages namespaces={["periods"]}>
          <KeepingForm current={periods} />
        </ClientMessages>

        <section aria-labelledby="legal-pages" className="settings-legal-pages">
          <h2 id="legal-pages">{legalSettings("title")}</h2>
          <p>{legalSettings("intro")}</p>
          <ClientMessages namespaces={["legalSettings"]}>
            <LegalPagesForm
              initialValues={legal}
              languageNames={languageNames}
              periodsTitle={periodsText("title")}
              pageLinks={{
                accessibility: legalPagePath(locale, admin.municipality.slug, "accessibility"),
                privacy: legalPagePath(locale, admin.municipality.slug, "privacy"),
              }}
            />
          </ClientMessages>
        </section>
      </div>
    </div>
  );
}
