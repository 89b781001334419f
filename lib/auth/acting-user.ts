/** Who is acting: every arrival function scopes its queries to this user's municipality. */
export type TActingUser = { id: string; municipalityId: string };
