/**
 * The digest an outage's error carries to the error page (app/[locale]/error.tsx), which in
 * production sees no message, only the digest: "temporarily unavailable" for this one, a plain
 * "something went wrong" for any other. Set by lib/net/database-outage.ts; a module of its own so
 * the page, a client component, can import it.
 */
export const DATABASE_OUTAGE_DIGEST = "ankomst-database-outage";
