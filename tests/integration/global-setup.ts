import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../scripts/db/embedded-postgres";
import { applyMigrations } from "../../scripts/db/schema-engine";

export const TEMPLATE_DATABASE = "ankomst_template";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplateDatabase: string;
  }
}

/** One real PostgreSQL for the run; every test file gets its own database cloned from a migrated template. */
export default async function setup(project: TestProject) {
  const folder = mkdtempSync(path.join(os.tmpdir(), "ankomst-test-pg-"));
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(folder, "data"), database: TEMPLATE_DATABASE, persistent: false });
  await applyMigrations(embedded.url);
  // A template database must have no open connections when it is cloned.
  const admin = new pg.Client(embedded.adminUrl);
  await admin.connect();
  await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [TEMPLATE_DATABASE]);
  await admin.end();

  project.provide("pgAdminUrl", embedded.adminUrl);
  project.provide("pgTemplateDatabase", TEMPLATE_DATABASE);

  return async () => {
    await embedded.stop();
    rmSync(folder, { recursive: true, force: true });
  };
}
