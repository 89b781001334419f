/**
 * `npm run db:backup [-- --out FILE]` and `npm run db:restore -- FILE`: Ankomst's data to one file
 * and back (scripts/db/data-backup.ts). They use MIGRATION_DATABASE_URL or DATABASE_URL, else the
 * embedded database of `npm start` (.data/postgres; stop the app first). A restore needs a database
 * without Ankomst data: for the embedded one, move .data/postgres aside first.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DATA_DIR } from "../local-env";
import { assertSupportedNode } from "../node-version";
import { backupDatabase, restoreDatabase } from "./data-backup";
import { startEmbeddedPostgres, type TEmbeddedPostgres } from "./embedded-postgres";

const { values: flags, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: "string" } } });
const [mode, file] = positionals;

async function main() {
  assertSupportedNode();
  if (mode !== "backup" && mode !== "restore") throw new Error("Usage: backup-cli.ts backup [--out FILE] | restore FILE");
  let embedded: TEmbeddedPostgres | undefined;
  let url = process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) {
    const dataDir = path.join(DATA_DIR, "postgres");
    if (mode === "backup" && !existsSync(dataDir)) throw new Error(`There is no embedded database in ${dataDir} to back up.`);
    embedded = await startEmbeddedPostgres({ dataDir, database: "ankomst", port: Number(process.env.EMBEDDED_PG_PORT ?? 54329), persistent: true });
    url = embedded.url;
  }
  try {
    if (mode === "backup") {
      const out = flags.out ?? path.join("backups", `ankomst-${new Date().toISOString().replace(/[:.]/g, "-")}.backup.gz`);
      mkdirSync(path.dirname(out), { recursive: true });
      const manifest = await backupDatabase(url, out);
      const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
      console.log(`Backed up ${rows} rows of ${manifest.tables.length} tables (schema: ${manifest.migrations.at(-1)}) to ${out}`);
    } else {
      if (!file || !existsSync(file)) throw new Error(`Name the backup file to restore${file ? `: ${file} does not exist` : ""}.`);
      const manifest = await restoreDatabase(url, file);
      console.log(`Restored ${manifest.tables.reduce((sum, table) => sum + table.rows, 0)} rows made ${manifest.createdAt}.`);
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
