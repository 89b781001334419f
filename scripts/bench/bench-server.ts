/**
 * The production build on loopback for a benchmark: a throwaway embedded Postgres with the demo
 * data, Jonas's packet generated and a personal link issued, the server `npm start` runs.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/db-client";
import { getActivePersonalLink } from "@/lib/links/personal-links";
import { generateWelcomePacket } from "@/lib/packet/packet-service";
import { startEmbeddedPostgres } from "../db/embedded-postgres";
import { applyMigrations } from "../db/schema-engine";
import { waitForServer } from "../load/wait-for-server";
import { seedDemoData } from "../seeds/seed-demo-data";

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

export type TBenchServer = {
  base: string;
  arrivalId: string;
  packetId: string;
  linkToken: string;
  stop: () => Promise<void>;
};

export async function startBenchServer(options: { port: string; build: boolean; profileDir?: string }): Promise<TBenchServer> {
  const base = `http://localhost:${options.port}`;
  const secret = randomBytes(32).toString("base64url");
  process.env.NEXTAUTH_SECRET = secret;
  const folder = mkdtempSync(path.join(os.tmpdir(), "ankomst-bench-"));
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(folder, "data"), database: "ankomst", persistent: false });
  let server: ChildProcess | undefined;
  const stop = async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once("exit", resolve));
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    }
    await embedded.stop().catch(() => {});
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    await applyMigrations(embedded.url);
    const db = createPrismaClient(embedded.url);
    await seedDemoData(db);
    const caseworker = await db.user.findUniqueOrThrow({ where: { email: "caseworker@herning.demo" }, select: { id: true, municipalityId: true } });
    const arrival = await db.arrival.findFirstOrThrow({ where: { municipalityId: caseworker.municipalityId, givenName: "Jonas" }, select: { id: true } });
    const packet = await generateWelcomePacket(db, { user: caseworker, arrivalId: arrival.id, language: "en" });
    const link = await getActivePersonalLink(db, { municipalityId: caseworker.municipalityId, arrivalId: arrival.id });
    await db.$disconnect();
    if (!packet || !link) throw new Error("Could not prepare the packet and link");

    // Behind one proxy, as in production: the benchmarks name their clients' addresses in X-Forwarded-For.
    const env = {
      ...process.env,
      ANKOMST_JOBS: "off",
      DATABASE_URL: embedded.url,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: base,
      NEXT_TELEMETRY_DISABLED: "1",
      TRUSTED_PROXY_COUNT: "1",
    };
    if (options.build) {
      const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
      if (build.status !== 0) throw new Error("next build failed");
    }
    const profiling = options.profileDir ? ["--cpu-prof", "--cpu-prof-dir", options.profileDir] : [];
    // The server `npm start` runs (scripts/server/server.ts), so the figures are those of what we ship.
    server = spawn(process.execPath, [...profiling, "--import", "tsx", path.resolve("scripts/server/server.ts"), "--port", options.port], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...env, NODE_ENV: "production" },
    });
    await waitForServer(`${base}/da/sign-in`, 60_000);
    return { base, arrivalId: arrival.id, packetId: packet.packetId, linkToken: link.token, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
