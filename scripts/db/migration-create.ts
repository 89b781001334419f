/**
 * `npm run db:migration:create -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
 * for the change in prisma/schema.prisma, like `prisma migrate dev --create-only`.
 * Uses DATABASE_URL's server for the shadow database, or a throwaway embedded Postgres.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { createMigration } from "./schema-engine";

const name = process.argv[2] ?? "";
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration:create -- <name>   (lower-case letters, digits and underscores)");
  process.exit(2);
}

let databaseUrl = process.env.DATABASE_URL;
let stop = async () => {};
if (!databaseUrl) {
  const folder = mkdtempSync(path.join(os.tmpdir(), "ankomst-migrate-"));
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(folder, "data"), database: "ankomst", persistent: false });
  databaseUrl = embedded.url;
  stop = async () => {
    await embedded.stop();
    rmSync(folder, { recursive: true, force: true });
  };
}

try {
  const folder = await createMigration(databaseUrl, name);
  console.log(
    folder ? `Created ${path.relative(process.cwd(), folder)}/migration.sql — review it before committing.` : "No schema change: nothing to migrate.",
  );
} finally {
  await stop();
}
