import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { BackLink } from "@/components/ui/BackLink";
import { NewUserForm } from "@/components/users/NewUserForm";
import { requireUser } from "@/lib/auth/require-user";
import { STAFF_ROLES } from "@/lib/users/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("newTitle") };
}

export default async function NewUserPage() {
  await requireUser({ role: "ADMIN" });
  const [t, roles] = await Promise.all([getTranslations("users"), getTranslations("roles")]);
  const roleLabels = Object.fromEntries(STAFF_ROLES.map((role) => [role, roles(role)])) as Record<(typeof STAFF_ROLES)[number], string>;
  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <BackLink href="/admin">{t("back")}</BackLink>
        <h1>{t("newTitle")}</h1>
        <p className="font-lead">{t("newIntro")}</p>
        <ClientMessages namespaces={["users"]}>
          <NewUserForm roleLabels={roleLabels} />
        </ClientMessages>
      </div>
    </div>
  );
}
