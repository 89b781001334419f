import type { Role } from "@/lib/generated/prisma/enums";

/** Who is acting: every domain function scopes its queries to this user's municipality. */
export type TActingUser = { id: string; municipalityId: string };

/** A staff member whose password was just checked. */
export type TAuthenticatedUser = TActingUser & { email: string; name: string; role: Role };

/** The signed-in staff member as a page, action or route handler sees them. */
export type TSessionUser = TAuthenticatedUser & { municipality: { name: string; slug: string } };
