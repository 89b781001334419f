/**
 * `npm start`: one command from a fresh clone to a running Ankomst on http://localhost:3000.
 * Without DATABASE_URL it runs an embedded Postgres (data in .data/postgres) with demo data
 * and ten years of synthetic arrival history in Herning for the managers' statistics; with
 * DATABASE_URL it uses that server, starts nothing and loads no demo data.
 *
 * Without SMTP_URL, e-mails go to a mail catcher (MailDev) on http://localhost:1080.
 *
 * Flags: --dev (the same server in Next's development mode), --no-build (reuse .next), --port N, --ephemeral (throwaway database
 * in a temp folder, for end-to-end tests), --database-url-file FILE (with --ephemeral: writes the throwaway database's owner
 * URL there, so end-to-end fixtures can seed what each test needs).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db-client";
import { ensureAppRole } from "./db/app-role";
import { runDataBackfills } from "./db/data-backfills";
import { startEmbeddedPostgres, type TEmbeddedPostgres } from "./db/embedded-postgres";
import { applyMigrations } from "./db/schema-engine";
import { DATA_DIR, ensureAuthSecret, ensureLocalSecret } from "./local-env";
import { startMailCatcher, type TMailCatcher } from "./mail-catcher";
import { assertSupportedNode } from "./node-version";
import { DEMO_MUNICIPALITIES, DEMO_PASSWORD, DEMO_ROLES } from "./seeds/demo-data";
import { seedDemoData } from "./seeds/seed-demo-data";
import { seedDemoHistory } from "./seeds/seed-demo-history";

const { values: flags } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
    ephemeral: { type: "boolean", default: false },
    port: { type: "string", default: process.env.PORT ?? "3000" },
    "database-url-file": { type: "string" },
  },
});

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");
let embedded: TEmbeddedPostgres | undefined;
let server: ChildProcess | undefined;
let mailCatcher: TMailCatcher | undefined;

async function main() {
  assertSupportedNode();
  if (flags["database-url-file"] && !flags.ephemeral) throw new Error("--database-url-file names the throwaway database of --ephemeral only.");
  const started = Date.now();
  const secret = ensureAuthSecret();
  let databaseUrl = process.env.DATABASE_URL;

  if (!databaseUrl) {
    const dataDir = flags.ephemeral ? path.join(mkdtempSync(path.join(os.tmpdir(), "ankomst-pg-")), "data") : path.join(DATA_DIR, "postgres");
    console.log(`Starting embedded PostgreSQL (${dataDir})…`);
    embedded = await startEmbeddedPostgres({
      dataDir,
      database: "ankomst",
      port: flags.ephemeral ? undefined : Number(process.env.EMBEDDED_PG_PORT ?? 54329),
      persistent: !flags.ephemeral,
    });
    databaseUrl = embedded.url;
    if (flags["database-url-file"] && flags.ephemeral) {
      mkdirSync(path.dirname(flags["database-url-file"]), { recursive: true });
      writeFileSync(flags["database-url-file"], embedded.url, { mode: 0o600 });
    }
  }

  // Migrations run as the schema's owner; with DATABASE_URL naming the app's own role, name the owner here.
  const ownerUrl = process.env.MIGRATION_DATABASE_URL ?? databaseUrl;
  const applied = await applyMigrations(ownerUrl);
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
  await runDataBackfills(ownerUrl);

  if (embedded) {
    const db = createPrismaClient(databaseUrl);
    try {
      await seedDemoData(db);
    } finally {
      await db.$disconnect();
    }
    const history = await seedDemoHistory(databaseUrl);
    if (history > 0) console.log(`Added ${history} synthetic arrivals over ten years to Herning, for the managers' statistics.`);
  }

  // The embedded database gets the least-privileged role the app runs as (scripts/db/app-role.ts).
  const appUrl = embedded
    ? await ensureAppRole(ownerUrl, flags.ephemeral ? randomBytes(24).toString("base64url") : ensureLocalSecret("db-app-password"))
    : databaseUrl;
  // Without a mail server of its own, Ankomst's e-mails go to a mail catcher to read in the browser.
  if (!process.env.SMTP_URL) {
    try {
      mailCatcher = await startMailCatcher({
        smtpPort: Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 1025),
        webPort: Number(process.env.MAIL_CATCHER_WEB_PORT ?? 1080),
      });
    } catch (error) {
      console.warn(
        `The mail catcher could not start (${error instanceof Error ? error.message : error}); e-mails are not sent. Set SMTP_URL, or free ports 1025 and 1080.`,
      );
    }
  }
  const env = {
    ...process.env,
    ...(mailCatcher ? { SMTP_URL: mailCatcher.smtpUrl } : {}),
    DATABASE_URL: appUrl,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${flags.port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };

  if (!flags.dev && !flags["no-build"]) {
    console.log("Building the app (next build)…");
    const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
    if (build.status !== 0) throw new Error("next build failed");
  }

  // Development and production run the same server (which decides what forwarded headers to believe); --dev gives it Next's dev mode.
  const serverArgs = ["--import", "tsx", path.join(import.meta.dirname, "server/server.ts"), "--port", flags.port, ...(flags.dev ? ["--dev"] : [])];
  server = spawn(process.execPath, serverArgs, { stdio: "inherit", env: { ...env, NODE_ENV: flags.dev ? "development" : "production" } });
  server.on("exit", (code) => void shutdown(code ?? 0));
  console.log(`\nAnkomst is starting on http://localhost:${flags.port} (prepared in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (embedded) printDemoSignIn();
  if (mailCatcher) console.log(`E-mails (reminders, set-password links) arrive in the mail catcher: ${mailCatcher.webUrl}`);
}

function printDemoSignIn() {
  console.log("Demo sign-in (password for all: %s):", DEMO_PASSWORD);
  for (const municipality of DEMO_MUNICIPALITIES) {
    console.log(`  ${municipality.name}: ${DEMO_ROLES.map((r) => `${r.local}@${municipality.slug}.demo`).join(", ")}`);
  }
}

let isShuttingDown = false;
async function shutdown(code: number) {
  if (isShuttingDown) return;
  isShuttingDown = true;
  if (server && server.exitCode === null) server.kill("SIGTERM");
  if (embedded) await embedded.stop().catch(() => {});
  if (mailCatcher) await mailCatcher.stop().catch(() => {});
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
});
