/**
 * `npm test`: every test. Unit and integration tests (vitest, real embedded Postgres), then a
 * production build, the end-to-end tests (Playwright, real Chromium) and the load test on two
 * instances with a database outage (scripts/load/load-test.ts, full length, on the same build). Ends
 * with one summary line; the load test counts as one test.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { ensureBrowser, ensurePdfTools } from "./ensure-test-tools";
import { assertSupportedNode } from "./node-version";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
// Not under test-results/: Playwright empties that folder when it starts.
const VITEST_REPORT = "reports/vitest-results.json";
const E2E_REPORT = "reports/e2e-results.json";

function run(label: string, args: string[], extraEnv: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  console.log(`◀ ${label}: ${result.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function readJson(file: string): Record<string, unknown> | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>) : undefined;
}

function countResults() {
  const vitest = readJson(VITEST_REPORT) as { numPassedTests?: number; numFailedTests?: number } | undefined;
  const e2e = readJson(E2E_REPORT) as { stats?: { expected?: number; unexpected?: number; flaky?: number } } | undefined;
  const passed = (vitest?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0);
  const failed = (vitest?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0);
  return { passed, failed };
}

/** The arguments of `npm run lint:layers` (package.json holds them once), for dependency-cruiser run directly. */
const LAYER_CHECK_ARGUMENTS = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts["lint:layers"]!.split(
  " ",
).slice(1);

assertSupportedNode();
rmSync("reports", { recursive: true, force: true });
let loadTest: boolean | undefined;
// Lint and types first: they take seconds, and a failure there makes the slow stages moot.
const results = [
  run("lint and format (Biome)", ["node_modules/@biomejs/biome/bin/biome", "check", "--error-on-warnings", "."]),
  // The same rules as `npm run lint:layers`: app → components → lib, never back (docs/decisions/015).
  run("layers (dependency-cruiser)", ["node_modules/dependency-cruiser/bin/dependency-cruise.mjs", ...LAYER_CHECK_ARGUMENTS]),
  run("route types (next typegen)", ["node_modules/next/dist/bin/next", "typegen"]) &&
    run("typecheck (tsc --noEmit)", ["node_modules/typescript/bin/tsc", "--noEmit"]),
];
if (results.every(Boolean)) {
  ensureBrowser();
  ensurePdfTools();
  results.push(
    run("unit and integration tests (vitest)", [
      "node_modules/vitest/vitest.mjs",
      "run",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${VITEST_REPORT}`,
    ]),
  );
  const isBuilt = run("production build (next build)", ["node_modules/next/dist/bin/next", "build"], { NODE_ENV: "production" });
  results.push(isBuilt, isBuilt ? run("end-to-end tests (Playwright)", ["node_modules/@playwright/test/cli.js", "test"]) : false);
  loadTest =
    isBuilt &&
    run("load test: two instances, a database outage (test:load)", ["node_modules/tsx/dist/cli.mjs", "scripts/load/load-test.ts", "--no-build"], {
      NODE_ENV: "production",
    });
  results.push(loadTest);
}

const counted = countResults();
const passed = counted.passed + (loadTest ? 1 : 0);
const failed = counted.failed + (loadTest === false ? 1 : 0);
// A runner's exit status alone is not trusted: a failed test in its report fails the run too.
const ok = results.every(Boolean) && counted.failed === 0;
console.log(`\n${passed} passed, ${ok ? failed : Math.max(failed, 1)} failed`);
process.exit(ok ? 0 : 1);
