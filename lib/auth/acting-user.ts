import type { Role } from "@/lib/generated/prisma/enums";
import type { TMunicipalityContact } from "@/lib/municipalities/public-municipalities";

/** Who is acting: every domain function scopes its queries to this user's municipality. */
export type TActingUser = { id: string; municipalityId: string };

/** A staff member whose password was just checked. */
export type TAuthenticatedUser = TActingUser & { email: string; name: string; role: Role };

/** The signed-in staff member as a page, action or route handler sees them, with how the public reaches their municipality (the footer). */
export type TSessionUser = TAuthenticatedUser & { municipality: TMunicipalityContact & { slug: string } };
