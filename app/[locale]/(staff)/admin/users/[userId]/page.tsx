import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { EndSessionsButton } from "@/components/admin/EndSessionsButton";
import { SelectField } from "@/components/form/SelectField";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { NewSetupLinkForm } from "@/components/users/NewSetupLinkForm";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { getMunicipalityUser } from "@/lib/users/list-municipality-users";
import { STAFF_ROLES } from "@/lib/users/schemas";
import { changeRoleAction, setUserActiveAction } from "@/lib/users/user-actions";

type TProps = { params: Promise<{ userId: string }>; searchParams: Promise<{ notice?: string }> };

const NOTICES = ["role-changed", "deactivated", "reactivated", "unchanged", "last-admin", "invalid"] as const;
const ERROR_NOTICES = new Set<string>(["last-admin", "invalid"]);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("users") };
}

/** One staff user: their role, whether they may sign in, their sessions and a new set-password link. */
export default async function UserPage({ params, searchParams }: TProps) {
  const { userId } = await params;
  const admin = await requireUser({ role: "ADMIN" });
  if (!z.uuid().safeParse(userId).success) notFound();
  const user = await getMunicipalityUser(db, { municipalityId: admin.municipalityId, userId });
  if (!user) notFound();
  const [t, roles] = await Promise.all([getTranslations("users"), getTranslations("roles")]);
  const rawNotice = (await searchParams).notice;
  const notice = NOTICES.find((candidate) => candidate === rawNotice);
  const status = user.disabledAt ? t("deactivated") : user.hasPassword ? t("active") : t("noPassword");
  return (
    <>
      <BackLink href="/admin">{t("back")}</BackLink>
      {notice ? (
        <Alert variant={ERROR_NOTICES.has(notice) ? "error" : "success"} role="status">
          <p className="alert-text">{t(`notices.${notice}`)}</p>
        </Alert>
      ) : null}
      <h1>{user.name}</h1>
      <dl className="arrival-facts">
        <div>
          <dt>{t("email")}</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>{t("role")}</dt>
          <dd>{roles(user.role)}</dd>
        </div>
        <div>
          <dt>{t("status")}</dt>
          <dd>{status}</dd>
        </div>
      </dl>

      <h2>{t("changeRole")}</h2>
      <form action={changeRoleAction} className="change-role">
        <input type="hidden" name="userId" value={user.id} />
        <SelectField id="role" label={t("role")} defaultValue={user.role} options={STAFF_ROLES.map((role) => ({ value: role, label: roles(role) }))} />
        <button type="submit" className="button button-secondary">
          {t("saveRole")}
        </button>
      </form>

      <h2>{user.disabledAt ? t("reactivate") : t("deactivate")}</h2>
      <form action={setUserActiveAction} className="set-user-active">
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="active" value={user.disabledAt ? "yes" : "no"} />
        {user.disabledAt ? null : <p className="form-hint">{t("deactivateHint")}</p>}
        <button type="submit" className="button button-secondary">
          {user.disabledAt ? t("reactivate") : t("deactivate")}
        </button>
      </form>

      {user.disabledAt ? null : (
        <ClientMessages namespaces={["admin", "users"]}>
          <h2>{t("newLink")}</h2>
          <NewSetupLinkForm userId={user.id} />
          <h2>{(await getTranslations("admin"))("sessions")}</h2>
          <EndSessionsButton userId={user.id} userName={user.name} />
        </ClientMessages>
      )}
    </>
  );
}
