import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { LetterheadForm } from "@/components/settings/LetterheadForm";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { PACKET_LANGUAGES } from "@/lib/i18n/languages";
import { getLetterheadSettings } from "@/lib/municipalities/letterhead-settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("letterhead"))("title") };
}

/** The administrator's settings of their municipality: the welcome letter's letterhead, contact and signatory. */
export default async function MunicipalitySettingsPage() {
  const admin = await requireUser({ role: "ADMIN" });
  const settings = await getLetterheadSettings(db, admin.municipalityId);
  if (!settings) notFound();
  const [t, common, form] = await Promise.all([getTranslations("letterhead"), getTranslations("common"), getTranslations("arrivalForm")]);
  const languageNames = Object.fromEntries(PACKET_LANGUAGES.map((language) => [language, form(`languages.${language}`)]));
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <h1>{t("title")}</h1>
        <p className="font-lead">{t("intro", { municipality: common("municipality", { name: admin.municipality.name }) })}</p>
        <ClientMessages namespaces={["letterhead"]}>
          <LetterheadForm initialValues={settings} languageNames={languageNames} />
        </ClientMessages>
      </div>
    </div>
  );
}
