import type { Role } from "@/lib/generated/prisma/enums";

/** Where each role lands after signing in (locale-less pathnames). */
export const ROLE_HOME = {
  CASEWORKER: "/worklist",
  MANAGER: "/statistics",
  ADMIN: "/admin",
} as const satisfies Record<Role, string>;
