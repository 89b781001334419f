/**
 * Least privilege in the database: migrations run as the owner of the schema; the running app
 * connects as `ankomst_app`, which may read and write rows and nothing else (no CREATE, ALTER,
 * DROP or TRUNCATE, no access to the migration history). The audit log it may only add to and read;
 * expired audit rows it purges through audit_purge_expired() (docs/decisions/010). It owns the
 * schema of its job queue (pgboss), which holds no personal data. Tables added by
 * later migrations are granted through default privileges. The README shows the same SQL for a real Postgres.
 */
import pg from "pg";

export const APP_ROLE = "ankomst_app";

export function appRoleSql(password: string): string {
  if (!/^[A-Za-z0-9_-]{16,}$/.test(password)) throw new Error("The app role's password must be 16+ letters, digits, - or _.");
  return `
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
    CREATE ROLE ${APP_ROLE} LOGIN PASSWORD '${password}' NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
  ELSE
    ALTER ROLE ${APP_ROLE} LOGIN PASSWORD '${password}' NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
END $$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ${APP_ROLE};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE};
REVOKE ALL ON TABLE "_prisma_migrations" FROM ${APP_ROLE};
REVOKE UPDATE, DELETE, TRUNCATE ON TABLE "AuditEvent" FROM ${APP_ROLE};
GRANT EXECUTE ON FUNCTION audit_purge_expired(uuid, integer) TO ${APP_ROLE};
CREATE SCHEMA IF NOT EXISTS pgboss AUTHORIZATION ${APP_ROLE};
`;
}

/** Creates or updates the app's role on the database the owner URL names; returns the app's URL. */
export async function ensureAppRole(ownerUrl: string, password: string): Promise<string> {
  const client = new pg.Client(ownerUrl);
  await client.connect();
  try {
    const database = (await client.query<{ name: string }>("SELECT current_database() AS name")).rows[0]!.name;
    await client.query(appRoleSql(password));
    await client.query(`GRANT CONNECT ON DATABASE "${database.replaceAll('"', "")}" TO ${APP_ROLE}`);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}
