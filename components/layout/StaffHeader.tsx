import { getTranslations } from "next-intl/server";
import type { TSessionUser } from "@/lib/auth/acting-user";
import { ROLE_HOME } from "@/lib/auth/role-home";
import { MainNav } from "./MainNav";
import { SignOutButton } from "./SignOutButton";
import { SiteHeader } from "./SiteHeader";

/** The header of a signed-in member of staff: municipality, their menu, who is signed in, and signing out. */
export async function StaffHeader({ user, locale }: { user: TSessionUser; locale: string }) {
  const [t, roles] = await Promise.all([getTranslations("common"), getTranslations("roles")]);
  return (
    <SiteHeader
      municipalityName={user.municipality.name}
      homeHref={`/${locale}${ROLE_HOME[user.role]}`}
      navigation={<MainNav role={user.role} />}
      actions={
        <>
          <span className="user-info">
            {t("signedInAs", { name: user.name })} ({roles(user.role)})
          </span>
          <SignOutButton />
        </>
      }
    />
  );
}
