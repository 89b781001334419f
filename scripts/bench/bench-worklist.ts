/**
 * `npm run bench:worklist [-- --arrivals 1000000 --runs 30]`: the caseworker's work list and name
 * search at scale. Uses its own embedded Postgres in .data/bench-worklist, filled once with
 * synthetic arrivals in Herning shared among its caseworkers (reused on later runs), then measures
 * the server time of the work list's data (every section's count and first rows, as the start page
 * reads them; with filters; one section whole, a later page) and of name searches as the arrivals
 * list runs them. Ends with one line: rows=… worklist_p95_ms=… search_p95_ms=…
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import pg from "pg";
import { findArrivals } from "@/lib/arrivals/find-arrivals";
import { danishDayOf } from "@/lib/dates/iso-date";
import { createPrismaClient } from "@/lib/db-client";
import { loadWorkList } from "@/lib/worklist/work-list";
import type { TWorkListSearch } from "@/lib/worklist/work-list-query";
import { startEmbeddedPostgres } from "../db/embedded-postgres";
import { applyMigrations } from "../db/schema-engine";
import { DATA_DIR, ensureAuthSecret } from "../local-env";
import { seedDemoData } from "../seeds/seed-demo-data";
import { seedSyntheticArrivals } from "../seeds/synthetic-seed";
import { percentile, timed } from "./server-timings";

const { values: flags } = parseArgs({ options: { arrivals: { type: "string", default: "1000000" }, runs: { type: "string", default: "30" } } });
const TARGET = Number(flags.arrivals);
const RUNS = Number(flags.runs);

// The search's audit row keeps a keyed digest of what was searched for.
process.env.NEXTAUTH_SECRET ??= ensureAuthSecret();
const embedded = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "bench-worklist", "postgres"), database: "ankomst", port: 54341 });
const db = createPrismaClient(embedded.url);
try {
  await applyMigrations(embedded.url);
  await seedDemoData(db);
  const herning = await db.municipality.findUniqueOrThrow({ where: { slug: "herning" } });
  const caseworkers = await db.user.findMany({ where: { municipalityId: herning.id, role: "CASEWORKER" }, orderBy: { email: "asc" } });
  const caseworker = caseworkers.find((user) => user.email === "caseworker@herning.demo")!;
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
      assignees: caseworkers.map((user) => user.id),
      hasRealisticNames: true,
      onProgress: (done) => bar.update(done),
      onStatisticsRebuild: () => {
        bar.stop();
        console.log("Rebuilding the statistics rollups…");
      },
    });
    await client.end();
  }
  const rows = await db.arrival.count({ where: { municipalityId: herning.id } });
  const now = new Date();
  const clock = { today: danishDayOf(now), now };
  const user = { id: caseworker.id, municipalityId: herning.id };
  const workList = (search: TWorkListSearch) => () => loadWorkList(db, { user, search, clock, language: "da" });
  const search = (q: string) => () => findArrivals(db, { user, search: { q } });

  const cases: [string, () => Promise<unknown>][] = [
    ["work list, start page", workList({})],
    ["work list, assigned to me", workList({ assigned: "me" })],
    ["work list, school enrolment", workList({ step: "school-enrolment" })],
    ["work list, Polish, EU/EEA", workList({ nationality: "PL", basis: "EU_EEA_SWISS" })],
    ["work list, overdue, page 40", workList({ section: "overdue", page: 40 })],
    ["work list, mine, page 3", workList({ section: "mine", page: 3 })],
  ];
  // What a caseworker types: a newcomer's full name, a child's, a family name alone, the Latin
  // spelling of a Cyrillic name, and a misspelt name that finds nobody (then "did you mean").
  const nameAt = async (offset: number) =>
    db.arrival.findFirstOrThrow({
      where: { municipalityId: herning.id, householdMembers: { some: { kind: "CHILD" } } },
      orderBy: { id: "asc" },
      skip: offset,
      select: { givenName: true, familyName: true, householdMembers: { where: { kind: "CHILD" }, take: 1, select: { givenName: true, familyName: true } } },
    });
  const someone = await nameAt(Math.floor(rows / 7));
  const child = someone.householdMembers[0]!;
  const ukrainian = await db.arrival.findFirstOrThrow({
    where: { municipalityId: herning.id, nationality: "UA" },
    orderBy: { id: "desc" },
    select: { latinName: true },
  });
  const misspelt = `${someone.familyName.slice(0, 2)}${someone.familyName.slice(3)}x ${someone.givenName}`;
  const searches: [string, () => Promise<unknown>][] = [
    [`search "${someone.givenName} ${someone.familyName}"`, search(`${someone.givenName} ${someone.familyName}`)],
    [`search "${child.givenName} ${child.familyName}"`, search(`${child.givenName} ${child.familyName}`)],
    [`search "${someone.familyName}"`, search(someone.familyName)],
    [`search "${ukrainian.latinName}"`, search(ukrainian.latinName ?? "")],
    [`search "${misspelt}"`, search(misspelt)],
  ];
  console.log(`Herning: ${rows.toLocaleString("en")} arrivals, ${await db.stepDeadline.count({ where: { municipalityId: herning.id } })} step deadlines`);
  const line = (name: string, timings: number[]) =>
    console.log(`${name.padEnd(44)} p50 ${percentile(timings, 0.5).toFixed(1)} ms  p95 ${percentile(timings, 0.95).toFixed(1)} ms  (${RUNS} runs)`);
  const workListTimings: number[] = [];
  for (const [name, work] of cases) {
    const timings = await timed(work, { runs: RUNS });
    line(name, timings);
    workListTimings.push(...timings);
  }
  const searchTimings: number[] = [];
  for (const [name, work] of searches) {
    const timings = await timed(work, { runs: RUNS });
    line(name, timings);
    searchTimings.push(...timings);
  }
  console.log(`rows=${rows} worklist_p95_ms=${percentile(workListTimings, 0.95).toFixed(1)} search_p95_ms=${percentile(searchTimings, 0.95).toFixed(1)}`);
} finally {
  await db.$disconnect();
  await embedded.stop();
}
