/**
 * `npm run test:load`: Ankomst as a municipality would run it, two app instances on one Postgres
 * behind a round-robin balancer, under a bounded load of people with pauses between their steps
 * (scripts/load/scenarios.ts): 50 caseworkers and 200 newcomers for 60 s. Postgres is stopped for
 * 10 s in the middle of it and started again. Before the load, what must not depend on the instance
 * is tried on both (scripts/load/cross-instance-checks.ts); after it, the database is searched for
 * half-written arrivals.
 *
 * Prints requests/s and p50/p95/p99 per kind of request, the targets met or missed, and ends with
 *   rps=… p95_ms=… p99_ms=… errors=… outage_errors=… half_written=…
 * Exits non-zero when a target or a check is missed. Targets: no error outside the outage, every
 * answer during it a clean 503 (or the form shown again, as typed, saying the save can be retried),
 * p95 under 500 ms for pages, no half-written arrival.
 *
 * Flags: --no-build (reuse .next), --seconds N, --outage-seconds N, --outage-at N (seconds into
 * the run), --caseworkers N, --newcomers N, --pause-scale F (1 = the pauses of scenarios.ts),
 * --port N (the balancer; the instances take the next two).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { createPrismaClient } from "@/lib/db-client";
import { ensureAppRole } from "../db/app-role";
import { findFreePort, startEmbeddedPostgres, type TEmbeddedPostgres } from "../db/embedded-postgres";
import { applyMigrations } from "../db/schema-engine";
import { assertSupportedNode } from "../node-version";
import { seedDemoData } from "../seeds/seed-demo-data";
import { checkAcrossInstances } from "./cross-instance-checks";
import { percentile, summarizeLoad, type TLoadFigures, type TOutageWindow, type TSample } from "./load-figures";
import { prepareNewcomerLinks } from "./prepare-newcomers";
import { startRoundRobinProxy, type TRoundRobinProxy } from "./round-robin-proxy";
import { householdSizeInName, LOAD_FAMILY_PREFIX, runCaseworker, runNewcomer } from "./scenarios";
import { signInOverHttp } from "./staff-sign-in";
import { Visitor } from "./visitor";
import { waitForServer } from "./wait-for-server";

const { values: flags } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    seconds: { type: "string", default: "60" },
    "outage-seconds": { type: "string", default: "10" },
    "outage-at": { type: "string" },
    caseworkers: { type: "string", default: "50" },
    newcomers: { type: "string", default: "200" },
    "pause-scale": { type: "string", default: "1" },
    port: { type: "string", default: "3400" },
  },
});
const SECONDS = Number(flags.seconds);
const OUTAGE_SECONDS = Number(flags["outage-seconds"]);
const OUTAGE_AT = Number(flags["outage-at"] ?? Math.round(SECONDS / 3));
const CASEWORKERS = Number(flags.caseworkers);
const NEWCOMERS = Number(flags.newcomers);
const PROXY_PORT = Number(flags.port);
const INSTANCE_PORTS = [PROXY_PORT + 1, PROXY_PORT + 2];
const PAGE_KINDS = ["search", "arrival-form", "arrival", "newcomer-page", "public"];
const PAGES_P95_TARGET_MS = 500;
const STAFF_ACCOUNTS = ["caseworker@herning.demo", "frontdesk@herning.demo", "caseworker@holbaek.demo", "frontdesk@holbaek.demo"];
const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

const folder = mkdtempSync(path.join(os.tmpdir(), "ankomst-load-"));
/** The instances' own logs (JSON lines; every failed request is there, with its cause) are kept for reading afterwards. */
const LOG_DIR = path.resolve("reports/load");
let database: TEmbeddedPostgres | null = null;
let proxy: TRoundRobinProxy | undefined;
const instances: ChildProcess[] = [];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Postgres has been started again: from when it answers a query, not from when its process is up. */
async function waitForDatabase(url: string) {
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch {
      await sleep(100);
    } finally {
      await client.end().catch(() => {});
    }
  }
}

/** Each instance loads a route's code on its first request: one short round of every step on each, not counted. */
async function warmUp(direct: string[], cookie: string, link: { token: string; municipalitySlug: string }, searchTerms: string[]) {
  const samples: TSample[] = [];
  const until = Date.now() + 6_000;
  const pauses = { scale: 0.02, isOver: () => Date.now() >= until };
  await Promise.all(
    direct.flatMap((url, index) => [
      runCaseworker(new Visitor(url, samples, cookie), { index: 1000 + index, pauses, searchTerms }),
      runNewcomer(new Visitor(url, samples), { ...link, pauses }),
    ]),
  );
  return samples.length;
}

/** Page latency and answers in slices of the run, so the outage and the recovery can be seen. */
function printTimeline(samples: TSample[], started: number, sliceSeconds: number) {
  console.log(`
  ${"from s".padStart(6)} ${"requests".padStart(8)} ${"pages p95".padStart(9)}  refused  wrong`);
  const slices = Math.ceil(Math.max(...samples.map((sample) => sample.endedAt - started), 1) / 1000 / sliceSeconds);
  for (let slice = 0; slice < slices; slice++) {
    const inSlice = samples.filter((sample) => Math.floor((sample.startedAt - started) / 1000 / sliceSeconds) === slice);
    const pages = inSlice
      .filter((sample) => PAGE_KINDS.includes(sample.kind) && sample.outcome === "expected")
      .map((sample) => sample.endedAt - sample.startedAt)
      .sort((a, b) => a - b);
    const count = (outcome: TSample["outcome"]) => inSlice.filter((sample) => sample.outcome === outcome).length;
    console.log(
      `  ${String(slice * sliceSeconds).padStart(6)} ${String(inSlice.length).padStart(8)} ${String(percentile(pages, 0.95)).padStart(9)}  ${String(count("unavailable")).padStart(7)}  ${String(count("wrong")).padStart(5)}`,
    );
  }
}

/** CPU seconds a process has used (Linux): where the machine's time went. */
function cpuSecondsOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Arrivals registered by the load whose household is missing or partial, checked in the database. */
async function countHalfWritten(url: string): Promise<{ registered: number; halfWritten: number }> {
  const db = createPrismaClient(url);
  try {
    const rows = await db.$queryRaw<{ familyName: string; members: number }[]>`
      SELECT a."familyName", COUNT(h.id)::int AS members
      FROM "Arrival" a LEFT JOIN "HouseholdMember" h ON h."arrivalId" = a.id
      WHERE a."familyName" LIKE ${`${LOAD_FAMILY_PREFIX}-%`}
      GROUP BY a.id, a."familyName"`;
    return { registered: rows.length, halfWritten: rows.filter((row) => row.members !== householdSizeInName(row.familyName)).length };
  } finally {
    await db.$disconnect();
  }
}

function printFigures(figures: TLoadFigures, outage: TOutageWindow | null) {
  console.log(`\n  ${"kind".padEnd(14)} ${"requests".padStart(8)} ${"p50".padStart(6)} ${"p95".padStart(6)} ${"p99".padStart(6)}   errors  outage: 503s wrong`);
  for (const kind of figures.kinds) {
    console.log(
      `  ${kind.kind.padEnd(14)} ${String(kind.requests).padStart(8)} ${String(kind.p50).padStart(6)} ${String(kind.p95).padStart(6)} ${String(kind.p99).padStart(6)}   ${String(kind.errors).padStart(6)}  ${String(kind.unavailable).padStart(12)} ${String(kind.outageErrors).padStart(5)}`,
    );
  }
  console.log("  (milliseconds; latencies are of the requests outside the outage)");
  if (outage) console.log(`  outage: Postgres away ${((outage.to - outage.from) / 1000).toFixed(1)} s; ${figures.unavailable} clean refusals during it`);
  for (const wrong of figures.firstWrong) console.log(`  ✗ ${wrong.kind} ${wrong.status ?? "no answer"}: ${wrong.note ?? ""}`);
}

async function main() {
  assertSupportedNode();
  const secret = randomBytes(32).toString("base64url");
  // The links and packets prepared here are derived from the same secret the instances get.
  process.env.NEXTAUTH_SECRET = secret;
  const dataDir = path.join(folder, "data");
  rmSync(LOG_DIR, { recursive: true, force: true });
  mkdirSync(LOG_DIR, { recursive: true });
  const pgPort = await findFreePort();
  const startDatabase = () => startEmbeddedPostgres({ dataDir, database: "ankomst", port: pgPort, persistent: true });
  database = await startDatabase();
  const ownerUrl = database.url;
  await applyMigrations(ownerUrl);
  const owner = createPrismaClient(ownerUrl);
  await seedDemoData(owner);
  const preparing = Date.now();
  const links = await prepareNewcomerLinks(owner, { households: Math.max(2, Math.ceil(NEWCOMERS / 2)) });
  const cprStep = await owner.catalogueStep.findFirstOrThrow({
    where: { key: "cpr-registration", municipality: { slug: links[0]!.municipalitySlug } },
    select: { id: true },
  });
  await owner.$disconnect();
  console.log(`Prepared ${links.length} newcomer households with packets and links in ${((Date.now() - preparing) / 1000).toFixed(1)} s.`);
  const appUrl = await ensureAppRole(ownerUrl, randomBytes(24).toString("base64url"));

  const proxyUrl = `http://127.0.0.1:${PROXY_PORT}`;
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
  if (!flags["no-build"]) {
    const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env });
    if (build.status !== 0) throw new Error("next build failed");
  }
  for (const [index, port] of INSTANCE_PORTS.entries()) {
    const log = createWriteStream(path.join(LOG_DIR, `instance-${index + 1}.log`));
    const instance = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/server/server.ts"), "--port", String(port)], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...env, DATABASE_URL: appUrl, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: proxyUrl, TRUSTED_PROXY_COUNT: "1", DATABASE_CONNECT_TIMEOUT_MS: "2000" },
    });
    instance.stdout?.pipe(log);
    instance.stderr?.pipe(log);
    instances.push(instance);
  }
  const direct = INSTANCE_PORTS.map((port) => `http://127.0.0.1:${port}`) as [string, string];
  await Promise.all(direct.map((url) => waitForServer(`${url}/da/sign-in`, 90_000)));
  proxy = await startRoundRobinProxy({ port: PROXY_PORT, instancePorts: INSTANCE_PORTS });

  const searchTerms = ["Jonas", "Priya", "Nyankommen", LOAD_FAMILY_PREFIX, "Ana"];
  const warmed = await warmUp(direct, await signInOverHttp(proxyUrl, STAFF_ACCOUNTS[0]!, "ankomst-demo"), links.at(-1)!, searchTerms);
  console.log(`\nWarm-up: ${warmed} requests straight to the instances, not counted.`);

  const cookies: string[] = [];
  for (let index = 0; index < CASEWORKERS; index++)
    cookies.push(await signInOverHttp(proxyUrl, STAFF_ACCOUNTS[index % STAFF_ACCOUNTS.length]!, "ankomst-demo"));

  console.log(
    `\nLoad through the balancer: ${CASEWORKERS} caseworkers and ${NEWCOMERS} newcomers for ${SECONDS} s; Postgres stopped at ${OUTAGE_AT} s for ${OUTAGE_SECONDS} s (${os.availableParallelism()} cores)`,
  );
  const samples: TSample[] = [];
  const started = Date.now();
  const deadline = started + SECONDS * 1000;
  const pauses = { scale: Number(flags["pause-scale"]), isOver: () => Date.now() >= deadline };
  const cpuBefore = instances.map((instance) => cpuSecondsOf(instance.pid));
  const ownCpuBefore = process.cpuUsage();
  const people = [
    ...cookies.map((cookie, index) => runCaseworker(new Visitor(proxyUrl, samples, cookie), { index, pauses, searchTerms })),
    ...Array.from({ length: NEWCOMERS }, (_, index) => {
      const link = links[Math.floor(index / 2) % links.length]!;
      return runNewcomer(new Visitor(proxyUrl, samples), { token: link.token, municipalitySlug: link.municipalitySlug, pauses });
    }),
  ];
  let outage: TOutageWindow | null = null;
  const outageDone = (async () => {
    if (OUTAGE_SECONDS <= 0) return;
    await sleep(OUTAGE_AT * 1000);
    const from = Date.now();
    await database?.stop();
    database = null;
    console.log(`  ${((Date.now() - started) / 1000).toFixed(0)} s: Postgres stopped`);
    await sleep(OUTAGE_SECONDS * 1000);
    database = await startDatabase();
    await waitForDatabase(ownerUrl);
    outage = { from, to: Date.now() };
    console.log(`  ${((Date.now() - started) / 1000).toFixed(0)} s: Postgres started again`);
  })();
  const progress = setInterval(() => {
    const wrong = samples.filter((sample) => sample.outcome === "wrong").length;
    const refused = samples.filter((sample) => sample.outcome === "unavailable").length;
    console.log(`  ${((Date.now() - started) / 1000).toFixed(0)} s: ${samples.length} requests, ${refused} refused cleanly, ${wrong} wrong`);
  }, 10_000);
  await Promise.all([...people, outageDone]);
  clearInterval(progress);
  const seconds = (Date.now() - started) / 1000;
  const cpu = instances.map((instance, index) => cpuSecondsOf(instance.pid) - cpuBefore[index]!);
  const ownCpu = process.cpuUsage(ownCpuBefore);

  // After the load and the outage (the catalogue edit among the checks would change every packet the load downloads).
  console.log("\nThe same answer whichever instance answers (A and B, asked directly, after the load):");
  const checks = await checkAcrossInstances(direct, { token: links[0]!.token, stepId: cprStep.id, stepKey: "cpr-registration" }, links[1]!.token);
  for (const check of checks) console.log(`  ${check.ok ? "✓" : "✗"} ${check.name} (${check.detail})`);

  const written = await countHalfWritten(ownerUrl);
  const figures = summarizeLoad(samples, { outage, seconds, pageKinds: PAGE_KINDS });
  printFigures(figures, outage);
  printTimeline(samples, started, 10);
  console.log(
    `\n  CPU seconds over the ${seconds.toFixed(0)} s (${os.availableParallelism()} cores): instances ${cpu.map((value) => value.toFixed(1)).join(" and ")}, load generator and balancer ${((ownCpu.user + ownCpu.system) / 1e6).toFixed(1)}`,
  );
  console.log(`  the balancer sent ${proxy.answeredBy.join(" and ")} requests to the two instances`);
  console.log(`  ${written.registered} arrivals registered during the load, ${written.halfWritten} of them half-written`);

  const targets = [
    { name: "no error outside the outage", ok: figures.errors === 0 },
    { name: "every answer during the outage clean", ok: figures.outageErrors === 0 && (OUTAGE_SECONDS <= 0 || figures.unavailable > 0) },
    { name: `pages p95 under ${PAGES_P95_TARGET_MS} ms (${figures.pagesP95} ms)`, ok: figures.pagesP95 < PAGES_P95_TARGET_MS },
    { name: "no half-written arrival", ok: written.halfWritten === 0 },
    { name: "the same answer on either instance", ok: checks.every((check) => check.ok) },
  ];
  console.log("\nTargets:");
  for (const target of targets) console.log(`  ${target.ok ? "✓" : "✗"} ${target.name}`);
  console.log(
    `rps=${figures.rps.toFixed(1)} p95_ms=${figures.p95} p99_ms=${figures.p99} errors=${figures.errors} outage_errors=${figures.outageErrors} half_written=${written.halfWritten}`,
  );
  return targets.every((target) => target.ok);
}

async function shutdown(code: number) {
  await proxy?.close().catch(() => {});
  await Promise.all(
    instances.map(async (instance) => {
      if (instance.exitCode !== null) return;
      const exited = new Promise((resolve) => instance.once("exit", resolve));
      instance.kill("SIGTERM");
      await Promise.race([exited, sleep(5_000)]);
    }),
  );
  if (code !== 0) console.error(`The instances' logs are in ${path.relative(process.cwd(), LOG_DIR)}/.`);
  await database?.stop().catch(() => {});
  rmSync(folder, { recursive: true, force: true });
  process.exit(code);
}

main().then(
  (ok) => shutdown(ok ? 0 : 1),
  async (error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    await shutdown(1);
  },
);
process.on("SIGINT", () => void shutdown(130));
process.on("SIGTERM", () => void shutdown(143));
