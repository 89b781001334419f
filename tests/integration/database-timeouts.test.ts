import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, databaseTimeouts } from "@/lib/db-client";
import { startEmbeddedPostgres, type TEmbeddedPostgres } from "../../scripts/db/embedded-postgres";

// Its own PostgreSQL: the one every other test file shares must never be frozen.
const folder = mkdtempSync(path.join(os.tmpdir(), "ankomst-frozen-pg-"));
const dataDir = path.join(folder, "data");
let server: TEmbeddedPostgres;

/** The server's processes: the postmaster (first line of postmaster.pid) and every process it started. */
function serverProcesses(): number[] {
  const postmaster = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  const children = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        // The parent pid is the 4th field of /proc/<pid>/stat, after the command in parentheses.
        return Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ")[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

const signalAll = (signal: NodeJS.Signals) => {
  for (const pid of serverProcesses()) {
    try {
      process.kill(pid, signal);
    } catch (error) {
      // A backend that ended between the listing and the signal has nothing left to stop or wake.
      if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
    }
  }
};

beforeAll(async () => {
  server = await startEmbeddedPostgres({ dataDir, database: "frozen", persistent: false });
});
afterAll(async () => {
  signalAll("SIGCONT");
  await server.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe("a frozen database (every server process stopped with SIGSTOP)", () => {
  it("fails a request's query within 10 seconds, on a pooled connection and on a new one", { timeout: 40_000 }, async () => {
    const timeouts = databaseTimeouts({}, "requests");
    expect(timeouts.connectionTimeoutMillis + timeouts.query_timeout).toBeLessThanOrEqual(10_000);
    const pooled = createPrismaClient(server.url);
    await pooled.$queryRaw`SELECT 1`;
    signalAll("SIGSTOP");
    try {
      const timed = async (query: () => Promise<unknown>) => {
        const started = performance.now();
        await expect(query()).rejects.toThrow();
        return performance.now() - started;
      };
      expect(await timed(() => pooled.$queryRaw`SELECT 1`)).toBeLessThan(10_000);
      const fresh = createPrismaClient(server.url);
      expect(await timed(() => fresh.$queryRaw`SELECT 1`)).toBeLessThan(10_000);
      await fresh.$disconnect().catch(() => {});
    } finally {
      signalAll("SIGCONT");
    }
    await pooled.$disconnect().catch(() => {});
  });

  it("gives scheduled jobs a longer statement time than requests", () => {
    expect(databaseTimeouts({}, "jobs").statement_timeout).toBeGreaterThan(databaseTimeouts({}, "requests").statement_timeout * 10);
  });
});
