import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { OfficeForm } from "@/components/settings/OfficeForm";
import { BackLink } from "@/components/ui/BackLink";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { packetLanguageNames } from "@/lib/i18n/packet-language-names";
import { deleteOfficeAction } from "@/lib/municipalities/office-actions";
import { getOfficeForEditing } from "@/lib/municipalities/offices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("offices"))("editTitle") };
}

export default async function EditOfficePage({ params }: { params: Promise<{ officeId: string }> }) {
  const { officeId } = await params;
  const admin = await requireUser({ role: "ADMIN" });
  if (!z.uuid().safeParse(officeId).success) notFound();
  const office = await getOfficeForEditing(db, { municipalityId: admin.municipalityId, officeId });
  if (!office) notFound();
  const [t, languageNames] = await Promise.all([getTranslations("offices"), packetLanguageNames()]);
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <BackLink href="/admin/settings">{t("back")}</BackLink>
        <h1>{t("editTitle")}</h1>
        <ClientMessages namespaces={["offices", "letterhead"]}>
          <OfficeForm officeId={officeId} initialValues={office} languageNames={languageNames} />
        </ClientMessages>
        <h2>{t("delete")}</h2>
        <form action={deleteOfficeAction} className="delete-office">
          <input type="hidden" name="officeId" value={officeId} />
          <p className="form-hint">{t("deleteHint")}</p>
          <button type="submit" className="button button-secondary">
            {t("delete")}
          </button>
        </form>
      </div>
    </div>
  );
}
