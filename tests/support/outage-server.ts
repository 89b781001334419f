/**
 * An Ankomst instance whose database can be taken away and given back, for the outage test
 * (tests/e2e/outage.spec.ts). Commands on stdin: "stop-db", "start-db", "quit"; it answers on
 * stdout with "ready <port>", "db-stopped", "db-started".
 * Run: node --import tsx tests/support/outage-server.ts --port 3150
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db-client";
import { findFreePort, startEmbeddedPostgres, type TEmbeddedPostgres } from "../../scripts/db/embedded-postgres";
import { applyMigrations } from "../../scripts/db/schema-engine";
import { waitForServer } from "../../scripts/load/wait-for-server";
import { seedDemoData } from "../../scripts/seeds/seed-demo-data";

const { values: flags } = parseArgs({ options: { port: { type: "string", default: "3150" } } });
const folder = mkdtempSync(path.join(os.tmpdir(), "ankomst-outage-"));
const dataDir = path.join(folder, "data");
const pgPort = await findFreePort();
const startDb = () => startEmbeddedPostgres({ dataDir, database: "ankomst", port: pgPort, persistent: true });

let database: TEmbeddedPostgres | null = await startDb();
await applyMigrations(database.url);
const seeding = createPrismaClient(database.url);
await seedDemoData(seeding);
await seeding.$disconnect();

// The instance's own log (every failed request, by design) would drown the test's output.
const server: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/server/server.ts"), "--port", flags.port], {
  stdio: ["ignore", "ignore", process.env.OUTAGE_SERVER_LOG ? "inherit" : "ignore"],
  env: {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: "outage-test-secret-outage-test-secret",
    NEXTAUTH_URL: `http://127.0.0.1:${flags.port}`,
    DATABASE_CONNECT_TIMEOUT_MS: "2000",
  },
});

await waitForServer(`http://127.0.0.1:${flags.port}/da/sign-in`, 60_000);
console.log(`ready ${flags.port}`);

async function quit() {
  server.kill("SIGTERM");
  await database?.stop().catch(() => {});
  rmSync(folder, { recursive: true, force: true });
  process.exit(0);
}

for await (const line of createInterface({ input: process.stdin })) {
  if (line === "stop-db" && database) {
    await database.stop();
    database = null;
    console.log("db-stopped");
  } else if (line === "start-db" && !database) {
    database = await startDb();
    console.log("db-started");
  } else if (line === "quit") {
    await quit();
  }
}
await quit();
