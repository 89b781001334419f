import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/generated/prisma/enums";
import { MainNavLink } from "./MainNavLink";

const NAV_ITEMS = {
  CASEWORKER: [
    { href: "/worklist", label: "worklist" },
    { href: "/arrivals", label: "arrivals" },
  ],
  MANAGER: [{ href: "/statistics", label: "statistics" }],
  ADMIN: [
    { href: "/admin", label: "admin" },
    { href: "/admin/settings", label: "settings" },
    { href: "/admin/catalogue", label: "catalogue" },
    { href: "/admin/audit", label: "audit" },
    { href: "/admin/people", label: "people" },
  ],
} as const satisfies Record<
  Role,
  readonly { href: string; label: "worklist" | "arrivals" | "statistics" | "admin" | "settings" | "catalogue" | "audit" | "people" }[]
>;

export async function MainNav({ role }: { role: Role }) {
  const t = await getTranslations("nav");
  return (
    <div className="navigation-menu staff-nav">
      <div className="navigation-menu-inner container">
        <nav className="nav" aria-label={t("label")}>
          <ul className="mainmenu">
            {NAV_ITEMS[role].map((item) => (
              <MainNavLink key={item.href} href={item.href} label={t(item.label)} siblings={NAV_ITEMS[role].map((other) => other.href)} />
            ))}
          </ul>
        </nav>
      </div>
    </div>
  );
}
