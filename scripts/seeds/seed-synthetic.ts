/**
 * `npm run db:seed:synthetic -- --arrivals 1000000 [--municipality herning] [--seed 1]`: fills a
 * municipality with synthetic arrivals for statistics at scale (see scripts/seeds/synthetic-arrivals.ts).
 * Uses DATABASE_URL, else the embedded database `npm start` runs (started here if it is not running).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import pg from "pg";
import { embeddedDatabaseUrl, startEmbeddedPostgres } from "../db/embedded-postgres";
import { applyMigrations } from "../db/schema-engine";
import { DATA_DIR } from "../local-env";
import { seedSyntheticArrivals } from "./synthetic-seed";

const { values: flags } = parseArgs({
  options: {
    arrivals: { type: "string", default: "10000" },
    municipality: { type: "string", default: "herning" },
    seed: { type: "string", default: "1" },
  },
});
const count = Number(flags.arrivals);
if (!Number.isInteger(count) || count < 1 || count > 5_000_000) {
  console.error("--arrivals takes a whole number from 1 to 5000000.");
  process.exit(2);
}

const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);

async function connect(): Promise<{ client: pg.Client; stop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL ?? embeddedDatabaseUrl(EMBEDDED_PORT, "ankomst");
  const client = new pg.Client(url);
  try {
    await client.connect();
    return { client, stop: async () => {} };
  } catch (error) {
    if (process.env.DATABASE_URL) throw error;
  }
  console.log("Starting the embedded PostgreSQL in .data/postgres…");
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "postgres"), database: "ankomst", port: EMBEDDED_PORT });
  await applyMigrations(embedded.url);
  const started = new pg.Client(embedded.url);
  await started.connect();
  return { client: started, stop: () => embedded.stop() };
}

const { client, stop } = await connect();
try {
  const found = await client.query<{ id: string; name: string }>(`SELECT id, name FROM "Municipality" WHERE slug = $1`, [flags.municipality]);
  const municipality = found.rows[0];
  if (!municipality) throw new Error(`No municipality "${flags.municipality}". Start the app once (npm start) to create the demo municipalities.`);
  const bar = new SingleBar({ format: `${municipality.name} [{bar}] {percentage}% | {value}/{total} arrivals | {duration}s` });
  const started = Date.now();
  bar.start(count, 0);
  await seedSyntheticArrivals(client, {
    municipalityId: municipality.id,
    count,
    seed: Number(flags.seed),
    onProgress: (done) => bar.update(done),
    onStatisticsRebuild: () => {
      bar.stop();
      console.log("Rebuilding the statistics rollups…");
    },
  });
  bar.stop();
  console.log(`Added ${count} synthetic arrivals to ${municipality.name} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  await client.end();
  await stop();
}
