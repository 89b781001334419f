/**
 * `npm run bench:packet`: welcome packet PDF speed on this machine. Prints median and p95 ms per
 * packet (warm, one thread), the first packet in a fresh process, packets per second on all cores
 * (worker threads, warmed first as the server's render pool warms its own) and peak memory, then
 * one line: median_ms=… p95_ms=… ms_per_page=… first_ms=… per_s=… rss_mb=… tagging_ms=… lang_ms=… ar_vs_en=…
 * (tagging_ms: the median's difference to the same packets rendered without the structure tree;
 * lang_ms: one household's packet in each packet language, median per language, the languages
 * taken in turn so a busy moment falls on all alike; ar_vs_en: the Arabic median over the English).
 */
import { spawnSync } from "node:child_process";
import os from "node:os";
import { Worker } from "node:worker_threads";
import { getDocumentProxy } from "unpdf";
import { PACKET_LANGUAGES, type TPacketLanguage } from "@/lib/i18n/languages";
import { benchPackets, renderBenchPackets as renderAll, renderInEveryLanguage } from "./bench-packet-households";

const WARMUP = 5;
const MEASURED = 40;
const PER_WORKER = 30;
const LANGUAGE_ROUNDS = 15;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function main() {
  if (process.argv.includes("--first")) {
    const started = performance.now();
    await renderAll(1);
    console.log(JSON.stringify({ firstMs: performance.now() - started }));
    return;
  }
  const first = spawnSync(process.execPath, ["--import", "tsx", process.argv[1]!, "--first"], { encoding: "utf8", env: process.env });
  const firstMs = (JSON.parse(first.stdout.trim().split("\n").pop() ?? "{}") as { firstMs?: number }).firstMs ?? Number.NaN;

  await renderAll(WARMUP);
  const measured = await renderAll(MEASURED, { keepPdfs: true });
  const sorted = [...measured.timings].sort((a, b) => a - b);
  const untagged = [...(await renderAll(MEASURED, { untagged: true })).timings].sort((a, b) => a - b);
  // Pages counted by a PDF reader, outside the timed renders.
  const pages = (await Promise.all(measured.pdfs.map(async (pdf) => (await getDocumentProxy(new Uint8Array(pdf))).numPages))).reduce((a, b) => a + b, 0);
  const msPerPage = measured.timings.reduce((a, b) => a + b, 0) / pages;
  const median = percentile(sorted, 0.5);
  const p95 = percentile(sorted, 0.95);
  const taggingMs = median - percentile(untagged, 0.5);
  const byLanguage = await renderInEveryLanguage(LANGUAGE_ROUNDS);
  const languageMedian = (language: TPacketLanguage) =>
    percentile(
      [...(byLanguage.get(language) ?? [])].sort((a, b) => a - b),
      0.5,
    );
  const languageFigures = PACKET_LANGUAGES.map((language) => `${language}:${languageMedian(language).toFixed(0)}`).join(",");
  const arabicVsEnglish = languageMedian("ar") / languageMedian("en");

  const threads = os.availableParallelism();
  const workers = await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<Worker>((resolve, reject) => {
          const worker = new Worker(new URL("./bench-packet-worker.mjs", import.meta.url), { workerData: { count: PER_WORKER } });
          worker.once("message", () => resolve(worker));
          worker.once("error", reject);
        }),
    ),
  );
  const started = performance.now();
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          worker.once("message", () => resolve());
          worker.once("error", reject);
          worker.postMessage("go");
        }),
    ),
  );
  await Promise.all(workers.map((worker) => worker.terminate()));
  const perSecond = (threads * PER_WORKER) / ((performance.now() - started) / 1000);
  const rssMb = process.resourceUsage().maxRSS / 1024;

  console.log(`Welcome packet PDF (${benchPackets().length} households, NODE_ENV=${process.env.NODE_ENV}, ${threads} cores)`);
  console.log(`  warm, one thread: median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms over ${MEASURED} packets`);
  console.log(`  per page: ${msPerPage.toFixed(1)} ms (${pages} pages in ${MEASURED} packets)`);
  console.log(`  tagging (structure tree, PDF/UA): ${taggingMs.toFixed(1)} ms of the median (untagged median ${percentile(untagged, 0.5).toFixed(0)} ms)`);
  console.log(`  first packet in a fresh process (imports + fonts + render): ${firstMs.toFixed(0)} ms`);
  console.log(`  all cores (${threads} worker threads × ${PER_WORKER}): ${perSecond.toFixed(1)} packets/s`);
  console.log(`  peak RSS: ${rssMb.toFixed(0)} MB`);
  console.log(
    `  one household in each language, median of ${LANGUAGE_ROUNDS} (ms): ${languageFigures.replaceAll(",", ", ")}; Arabic / English ${arabicVsEnglish.toFixed(2)}`,
  );
  console.log(
    `median_ms=${median.toFixed(0)} p95_ms=${p95.toFixed(0)} ms_per_page=${msPerPage.toFixed(1)} first_ms=${firstMs.toFixed(0)} per_s=${perSecond.toFixed(1)} rss_mb=${rssMb.toFixed(0)} tagging_ms=${taggingMs.toFixed(1)} lang_ms=${languageFigures} ar_vs_en=${arabicVsEnglish.toFixed(2)}`,
  );
}

await main();
