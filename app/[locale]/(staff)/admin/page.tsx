import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EndSessionsButton } from "@/components/admin/EndSessionsButton";
import { RetentionRuns } from "@/components/admin/RetentionRuns";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { getRetentionPeriods, listRetentionRuns } from "@/lib/retention/run-retention";
import { listMunicipalityUsers } from "@/lib/users/list-municipality-users";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const user = await requireUser({ role: "ADMIN" });
  const [t, roles, common, usersText] = await Promise.all([
    getTranslations("admin"),
    getTranslations("roles"),
    getTranslations("common"),
    getTranslations("users"),
  ]);
  const [users, runs, municipality] = await Promise.all([
    listMunicipalityUsers(db, { municipalityId: user.municipalityId }),
    listRetentionRuns(db, { municipalityId: user.municipalityId }),
    getRetentionPeriods(db, user.municipalityId),
  ]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="font-lead">{t("intro", { municipality: common("municipality", { name: user.municipality.name }) })}</p>
      <div className="page-title-row">
        <h2>{t("users")}</h2>
        <Link href="/admin/users/new" className="button button-primary">
          {usersText("addUser")}
        </Link>
      </div>
      <ClientMessages namespaces={["admin"]}>
        <table className="table table--responsive-headers">
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("email")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{usersText("status")}</th>
              <th scope="col">{t("sessions")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((member) => (
              <tr key={member.id}>
                <td data-title={t("name")}>
                  <a href={`/${locale}/admin/users/${member.id}`}>{member.name}</a>
                </td>
                <td data-title={t("email")}>{member.email}</td>
                <td data-title={t("role")}>{roles(member.role)}</td>
                <td data-title={usersText("status")}>
                  {member.disabledAt ? usersText("deactivated") : member.hasPassword ? usersText("active") : usersText("noPassword")}
                </td>
                <td data-title={t("sessions")}>
                  {member._count.sessions}
                  <EndSessionsButton userId={member.id} userName={member.name} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ClientMessages>
      <RetentionRuns runs={runs} months={municipality.retentionMonths} auditMonths={municipality.auditRetentionMonths} now={new Date()} />
    </>
  );
}
