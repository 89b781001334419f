/**
 * `npm run bench:pages`: requests per second of the pages many people open, against the production
 * build on loopback (embedded Postgres with demo data, a throwaway database). For each page: a
 * warm-up, then autocannon with 20 connections for 10 s; prints requests/s and p50/p99 latency, then
 * one line: public_rps=… public_p99_ms=… newcomer_rps=… newcomer_p99_ms=… pdf_rps=… list_rps=…
 *
 * Flags: --no-build (reuse .next), --seconds N, --connections N, --only NAME (one page; no summary line),
 * --profile DIR (write the server's CPU profile there), --hold (prepare, print the pages' addresses and
 * the session cookie, and keep serving until stopped: for looking at a page by hand).
 */
import os from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { signInOverHttp } from "../load/staff-sign-in";
import { assertSupportedNode } from "../node-version";
import { startBenchServer, type TBenchServer } from "./bench-server";

const { values: flags } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "20" },
    port: { type: "string", default: "3300" },
    only: { type: "string" },
    profile: { type: "string" },
    hold: { type: "boolean", default: false },
  },
});
const BASE = `http://localhost:${flags.port}`;

type TTarget = { name: string; path: string; headers?: Record<string, string> };
type TFigures = { name: string; rps: number; p50: number; p99: number; non2xx: number; errors: number };

function measure(target: TTarget, seconds: number, connections: number): Promise<TFigures> {
  return new Promise((resolve, reject) => {
    // Each connection is a client of its own address (the server trusts one proxy hop): newcomers open
    // their pages from their own phones, and one address may check only a few links at once.
    let client = 0;
    const setupClient = (connection: { setHeaders: (headers: Record<string, string>) => void }) => {
      client++;
      connection.setHeaders({ ...target.headers, "X-Forwarded-For": `198.51.${100 + Math.floor(client / 250)}.${client % 250}` });
    };
    autocannon({ url: `${BASE}${target.path}`, headers: target.headers, connections, duration: seconds, setupClient }, (error, result) => {
      if (error) return reject(error);
      resolve({
        name: target.name,
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors + result.timeouts,
      });
    });
  });
}

let bench: TBenchServer | undefined;

async function main() {
  assertSupportedNode();
  bench = await startBenchServer({ port: flags.port, build: !flags["no-build"], profileDir: flags.profile });
  const { arrivalId, packetId, linkToken } = bench;
  const cookie = await signInOverHttp(BASE, "caseworker@herning.demo", "ankomst-demo");

  const targets: TTarget[] = [
    { name: "public", path: "/en/kommune/herning" },
    { name: "newcomer", path: `/en/welcome/${linkToken}` },
    { name: "pdf", path: `/api/arrivals/${arrivalId}/packets/${packetId}`, headers: { Cookie: cookie } },
    { name: "list", path: "/en/arrivals", headers: { Cookie: cookie } },
  ];
  if (flags.hold) {
    for (const target of targets) console.log(`${target.name}: ${BASE}${target.path}`);
    console.log(`Cookie: ${cookie}`);
    await new Promise(() => {});
  }
  const seconds = Number(flags.seconds);
  const connections = Number(flags.connections);
  console.log(`Pages on the production build (${os.availableParallelism()} cores, ${connections} connections, ${seconds} s each after a 3 s warm-up)`);
  const figures: TFigures[] = [];
  for (const target of targets.filter((candidate) => !flags.only || candidate.name === flags.only)) {
    await measure(target, 3, connections);
    const result = await measure(target, seconds, connections);
    figures.push(result);
    console.log(
      `  ${target.name.padEnd(9)} ${result.rps.toFixed(0).padStart(6)} req/s   p50 ${String(result.p50).padStart(5)} ms   p99 ${String(result.p99).padStart(5)} ms` +
        (result.non2xx || result.errors ? `   (non-2xx ${result.non2xx}, errors ${result.errors})` : ""),
    );
  }
  if (flags.only) return;
  const by = (name: string) => figures.find((figure) => figure.name === name)!;
  console.log(
    `public_rps=${by("public").rps.toFixed(0)} public_p99_ms=${by("public").p99} newcomer_rps=${by("newcomer").rps.toFixed(0)} newcomer_p99_ms=${by("newcomer").p99} pdf_rps=${by("pdf").rps.toFixed(0)} list_rps=${by("list").rps.toFixed(0)}`,
  );
}

async function shutdown(code: number) {
  await bench?.stop().catch(() => {});
  process.exit(code);
}

main().then(
  () => shutdown(0),
  async (error) => {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
  },
);

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
