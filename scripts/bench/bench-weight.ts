/**
 * `npm run bench:weight`: Lighthouse (mobile, its default simulated slow-4G throttling) on the
 * newcomer's page and the public welcome page of the production build, with Debian's Chromium,
 * through a proxy that gzips text as the reverse proxy in production does.
 * Each page is measured --runs times (default 3) in a fresh browser; the median run is printed,
 * then one line: newcomer_perf=… newcomer_lcp_ms=… newcomer_kb=… public_perf=… public_lcp_ms=… public_kb=…
 *
 * Targets (issue 14): performance ≥ 98, largest contentful paint < 2 s, under 150 KB transferred,
 * no console errors. The exit code is not the verdict: this prints figures, it does not judge them.
 *
 * Flags: --no-build (reuse .next), --runs N, --port N, --report DIR (write each median run's HTML report there).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { systemChromiumPath } from "../browser-path";
import { startRoundRobinProxy, type TRoundRobinProxy } from "../load/round-robin-proxy";
import { assertSupportedNode } from "../node-version";
import { startBenchServer, type TBenchServer } from "./bench-server";

const { values: flags } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
    port: { type: "string", default: "3500" },
    report: { type: "string" },
  },
});

type TRun = { perf: number; lcpMs: number; kb: number; consoleErrors: string[]; bfcache: string; html: string };

async function lighthouseRun(url: string): Promise<TRun> {
  const chromePath = systemChromiumPath();
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "html", logLevel: "error", onlyCategories: ["performance", "best-practices"] });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { lhr } = result;
    const audit = (id: string) => lhr.audits[id];
    const consoleItems = (audit("errors-in-console")?.details as { items?: { description?: string; source?: string }[] } | undefined)?.items ?? [];
    return {
      perf: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      lcpMs: Math.round(audit("largest-contentful-paint")?.numericValue ?? Number.NaN),
      kb: Math.round((audit("total-byte-weight")?.numericValue ?? Number.NaN) / 1024),
      consoleErrors: consoleItems.map((item) => `${item.source ?? ""}: ${item.description ?? ""}`),
      bfcache: audit("bf-cache")?.score === 1 ? "yes" : `no (${audit("bf-cache")?.displayValue ?? "?"})`,
      html: String(result.report),
    };
  } finally {
    chrome.kill();
  }
}

const median = (runs: TRun[]) => [...runs].sort((a, b) => a.perf - b.perf || b.lcpMs - a.lcpMs)[Math.floor(runs.length / 2)]!;

let bench: TBenchServer | undefined;
let proxy: TRoundRobinProxy | undefined;

async function main() {
  assertSupportedNode();
  bench = await startBenchServer({ port: flags.port, build: !flags["no-build"] });
  proxy = await startRoundRobinProxy({ port: Number(flags.port) + 1, instancePorts: [Number(flags.port)], compress: true });
  const pages = [
    { name: "newcomer", url: `${proxy.url}/en/welcome/${bench.linkToken}` },
    { name: "public", url: `${proxy.url}/en/kommune/herning` },
  ];
  const runs = Math.max(1, Number(flags.runs));
  // One unmeasured visit each: the first request renders and caches what later visitors get.
  for (const page of pages) await fetch(page.url);
  const figures: Record<string, TRun> = {};
  for (const page of pages) {
    const results: TRun[] = [];
    for (let run = 0; run < runs; run++) results.push(await lighthouseRun(page.url));
    const chosen = median(results);
    figures[page.name] = chosen;
    console.log(
      `${page.name.padEnd(9)} perf ${results.map((r) => r.perf).join("/")}  LCP ${results.map((r) => r.lcpMs).join("/")} ms  ${results.map((r) => r.kb).join("/")} KB` +
        `  console errors: ${chosen.consoleErrors.length ? chosen.consoleErrors.join("; ") : "none"}  back/forward cache: ${chosen.bfcache}`,
    );
    if (flags.report) {
      mkdirSync(flags.report, { recursive: true });
      writeFileSync(path.join(flags.report, `${page.name}.html`), chosen.html);
    }
  }
  const { newcomer, public: publicPage } = figures as Record<"newcomer" | "public", TRun>;
  console.log(
    `newcomer_perf=${newcomer.perf} newcomer_lcp_ms=${newcomer.lcpMs} newcomer_kb=${newcomer.kb} public_perf=${publicPage.perf} public_lcp_ms=${publicPage.lcpMs} public_kb=${publicPage.kb}`,
  );
}

async function shutdown(code: number) {
  await proxy?.close().catch(() => {});
  await bench?.stop().catch(() => {});
  process.exit(code);
}

main().then(
  () => shutdown(0),
  (error) => {
    console.error(error);
    return shutdown(1);
  },
);
