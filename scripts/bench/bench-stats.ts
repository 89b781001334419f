/**
 * `npm run bench:stats [-- --arrivals 1000000 --runs 30]`: the managers' dashboard at scale. Uses its
 * own embedded Postgres in .data/bench-stats, filled once with synthetic arrivals in Herning (reused
 * on later runs), then measures the server time of the whole dashboard's data (the period and a
 * year earlier, every figure, protected) for a one-year and a ten-year period, and of producing the
 * CSV files of every table. Ends with one line: rows=… year_p95_ms=… decade_p95_ms=… csv_ms=…
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import pg from "pg";
import { toIsoDate } from "@/lib/dates/iso-date";
import { createPrismaClient } from "@/lib/db-client";
import { STAT_TABLES } from "@/lib/stats/dashboard";
import { createDashboardLabels } from "@/lib/stats/dashboard-labels";
import { tableCsv, tableMatrix } from "@/lib/stats/dashboard-tables";
import { loadDashboard } from "@/lib/stats/load-dashboard";
import { presetPeriod, type TPeriod } from "@/lib/stats/period";
import { startEmbeddedPostgres } from "../db/embedded-postgres";
import { applyMigrations } from "../db/schema-engine";
import { DATA_DIR, ensureAuthSecret } from "../local-env";
import { seedDemoData } from "../seeds/seed-demo-data";
import { seedSyntheticArrivals } from "../seeds/synthetic-seed";
import { percentile, timed } from "./server-timings";

const { values: flags } = parseArgs({ options: { arrivals: { type: "string", default: "1000000" }, runs: { type: "string", default: "30" } } });
const TARGET = Number(flags.arrivals);
const RUNS = Number(flags.runs);

// The dashboard's noise is keyed by a secret, as in the app.
process.env.NEXTAUTH_SECRET ??= ensureAuthSecret();
const embedded = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "bench-stats", "postgres"), database: "ankomst", port: 54339 });
const db = createPrismaClient(embedded.url);
try {
  await applyMigrations(embedded.url);
  await seedDemoData(db);
  const herning = await db.municipality.findUniqueOrThrow({ where: { slug: "herning" } });
  const present = await db.arrival.count({ where: { municipalityId: herning.id } });
  if (present < TARGET) {
    const client = new pg.Client(embedded.url);
    await client.connect();
    const bar = new SingleBar({ format: `Seeding Herning [{bar}] {percentage}% | {value}/{total} arrivals | {duration}s` });
    bar.start(TARGET - present, 0);
    await seedSyntheticArrivals(client, {
      municipalityId: herning.id,
      count: TARGET - present,
      seed: 1,
      onProgress: (done) => bar.update(done),
      onStatisticsRebuild: () => {
        bar.stop();
        console.log("Rebuilding the statistics rollups…");
      },
    });
    await client.end();
  }
  const rows = await db.arrival.count({ where: { municipalityId: herning.id } });
  const today = new Date();
  const todayIso = toIsoDate(today);
  const year = presetPeriod("last-12-months", today);
  const decade: TPeriod = { from: `${Number(todayIso.slice(0, 4)) - 10}${todayIso.slice(4)}`, to: todayIso };
  const dashboardOf = (period: TPeriod) => () => loadDashboard(db, { municipalityId: herning.id, period, today: todayIso, language: "en" });
  const labels = createDashboardLabels("da");
  const csvOfEveryTable = async () => {
    const dashboard = await dashboardOf(decade)();
    return STAT_TABLES.map((id) => tableCsv(tableMatrix(dashboard, id, labels), labels, "da"));
  };

  const yearTimings = await timed(dashboardOf(year), { runs: RUNS });
  const decadeTimings = await timed(dashboardOf(decade), { runs: RUNS });
  const csvTimings = await timed(csvOfEveryTable, { runs: RUNS });
  const line = (name: string, timings: number[]) =>
    console.log(`${name.padEnd(28)} p50 ${percentile(timings, 0.5).toFixed(1)} ms  p95 ${percentile(timings, 0.95).toFixed(1)} ms  (${RUNS} runs)`);
  console.log(`Herning: ${rows.toLocaleString("en")} arrivals`);
  line(`dashboard, ${year.from}…${year.to}`, yearTimings);
  line(`dashboard, ${decade.from}…${decade.to}`, decadeTimings);
  line("CSV of every table, decade", csvTimings);
  console.log(
    `rows=${rows} year_p95_ms=${percentile(yearTimings, 0.95).toFixed(1)} decade_p95_ms=${percentile(decadeTimings, 0.95).toFixed(1)} csv_ms=${percentile(csvTimings, 0.5).toFixed(1)}`,
  );
} finally {
  await db.$disconnect();
  await embedded.stop();
}
