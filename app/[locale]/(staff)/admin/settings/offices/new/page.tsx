import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { OfficeForm } from "@/components/settings/OfficeForm";
import { BackLink } from "@/components/ui/BackLink";
import { requireUser } from "@/lib/auth/require-user";
import { packetLanguageNames } from "@/lib/i18n/packet-language-names";
import { EMPTY_OFFICE } from "@/lib/municipalities/office-schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("offices"))("newTitle") };
}

export default async function NewOfficePage() {
  await requireUser({ role: "ADMIN" });
  const [t, languageNames] = await Promise.all([getTranslations("offices"), packetLanguageNames()]);
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <BackLink href="/admin/settings">{t("back")}</BackLink>
        <h1>{t("newTitle")}</h1>
        <ClientMessages namespaces={["offices", "letterhead"]}>
          <OfficeForm officeId={null} initialValues={EMPTY_OFFICE} languageNames={languageNames} />
        </ClientMessages>
      </div>
    </div>
  );
}
