import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listSteps } from "@/lib/catalogue/step-list";
import { addDays, addMonths } from "@/lib/dates/iso-date";
import { NOISE_BOUND, noiseProbability } from "@/lib/stats/cell-noise";
import { buildDashboard, type TDashboard, type TStatTable } from "@/lib/stats/dashboard";
import { loadDashboard } from "@/lib/stats/load-dashboard";
import { yearEarlier } from "@/lib/stats/period";
import { readPeriodCounts, readSchoolStarts } from "@/lib/stats/read-counts";
import { worldRegionOf } from "@/lib/stats/world-regions";
import { seedDemoData } from "../../scripts/seeds/seed-demo-data";
import { seedSyntheticArrivals } from "../../scripts/seeds/synthetic-seed";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
const client = new pg.Client(process.env.DATABASE_URL);
const TODAY = "2026-11-23";
/** Every period the attacker asks for starts here; only its end moves. */
const START = "2017-01-01";
let municipalityId: string;
/** Each arrival's day, nationality and basis, as the attacker would like to learn them. */
let arrivals: { day: string; nationality: string; basis: string }[];

beforeAll(async () => {
  await seedDemoData(db);
  await client.connect();
  municipalityId = (await db.municipality.findUniqueOrThrow({ where: { slug: "holbaek" } })).id;
  // A small municipality: about ten arrivals a year, so many days and months have exactly one.
  await seedSyntheticArrivals(client, { municipalityId, count: 120, seed: 11, today: new Date(`${TODAY}T12:00:00Z`) });
  const rows = await db.arrival.findMany({ where: { municipalityId }, select: { arrivalDate: true, nationality: true, residenceBasis: true } });
  arrivals = rows.map((row) => ({ day: row.arrivalDate.toISOString().slice(0, 10), nationality: row.nationality, basis: row.residenceBasis }));
}, 120_000);
afterAll(async () => {
  await client.end();
  await db.$disconnect();
});

/** The difference of two independent noise draws: what a cell's change is made of when nothing in it changed. */
const differenceProbability = (() => {
  const table = new Map<number, number>();
  for (let a = -NOISE_BOUND; a <= NOISE_BOUND; a++)
    for (let b = -NOISE_BOUND; b <= NOISE_BOUND; b++) table.set(a - b, (table.get(a - b) ?? 0) + noiseProbability(a) * noiseProbability(b));
  return (difference: number) => table.get(difference) ?? 0;
})();

const shownCells = (table: TStatTable) =>
  new Map(table.rows.flatMap((row) => (row.counts.current.kind === "shown" ? [[row.key, row.counts.current.value] as const] : [])));

type TGuess = { prior: number; posterior: number; isCertain: boolean; isNaiveRight: boolean };

const odds = (probability: number) => probability / (1 - probability);

/**
 * The attacker: knows the noise law and the rule, sees both periods' tables, and knows that
 * exactly one arrival (whose row is `truth`) is in the second period and not the first. Its
 * belief starts from the rows' shares of the first period (a row shown as "<5" counted as 2.5, one
 * shown as 0 as 0.5);
 * then, for every row it could be in, it weighs how likely each row's change is: one plus noise
 * in that row, noise alone elsewhere. It is certain when a change is one noise alone cannot make.
 * Also the naive subtraction of the issue: the one row whose count went up by exactly one while
 * every other stayed the same.
 */
function attack(before: TStatTable, after: TStatTable, truth: string): TGuess {
  const [first, second] = [shownCells(before), shownCells(after)];
  // A nationality table's "other countries" rows hold different countries when its top countries changed: not comparable then.
  const topOf = (table: TStatTable) =>
    table.rows
      .flatMap((row) => (row.key.startsWith("other:") ? [] : [row.key]))
      .sort()
      .join();
  if (topOf(before) !== topOf(after)) for (const key of [...first.keys()].filter((key) => key.startsWith("other:"))) second.delete(key);
  const candidates = after.rows.map((row) => row.key);
  // A row shown as 0 may still hold someone (the noise can take a count to 0): never a zero share.
  const share = (key: string) => Math.max(first.get(key) ?? 2.5, 0.5);
  const total = candidates.reduce((sum, key) => sum + share(key), 0);
  let isCertain = false;
  const weight = (key: string) => {
    const prior = share(key) / total;
    const [was, is] = [first.get(key), second.get(key)];
    if (was === undefined || is === undefined) return prior;
    if (differenceProbability(is - was) === 0 && differenceProbability(is - was - 1) > 0) {
      isCertain ||= key === truth;
      return Number.MAX_VALUE / 1e6;
    }
    return (prior * differenceProbability(is - was - 1)) / differenceProbability(is - was);
  };
  const weights = candidates.map(weight);
  const sum = weights.reduce((a, b) => a + b, 0);
  const posterior = (weights[candidates.indexOf(truth)] ?? 0) / sum;
  const risen = candidates.filter((key) => first.has(key) && second.has(key) && second.get(key)! - first.get(key)! === 1);
  const unchanged = candidates.filter((key) => first.has(key) && second.has(key) && second.get(key) === first.get(key));
  const isNaiveRight = risen.length === 1 && risen[0] === truth && unchanged.length === candidates.length - 1;
  return { prior: share(truth) / total, posterior, isCertain, isNaiveRight };
}

const nationalityRow = (table: TStatTable, nationality: string) =>
  table.rows.some((row) => row.key === nationality) ? nationality : `other:${worldRegionOf(nationality)}`;

/** The dashboard of a period as the page shows it, and the same counts unperturbed (what the manager saw). */
async function dashboards(to: string): Promise<{ shown: TDashboard; exact: TDashboard; trueTotal: number }> {
  const period = { from: START, to };
  const shown = await loadDashboard(db, { municipalityId, period, today: TODAY, language: "en" });
  const [current, earlier] = await Promise.all([
    readPeriodCounts(db, { municipalityId, period }),
    readPeriodCounts(db, { municipalityId, period: yearEarlier(period) }),
  ]);
  const schoolStarts = await readSchoolStarts(db, { municipalityId, years: [] });
  const exact = buildDashboard({
    period,
    earlierPeriod: yearEarlier(period),
    current,
    earlier,
    today: TODAY,
    schoolStarts,
    steps: await listSteps(db, { municipalityId, language: "en" }),
  });
  return { shown, exact, trueTotal: current.byDimension.arrivals.get("") ?? 0 };
}

describe("statistics of two overlapping periods", () => {
  it("never give away one arrival's nationality, region or basis, a day or a month apart, and stay within the stated error", { timeout: 120_000 }, async () => {
    const perDay = new Map<string, typeof arrivals>();
    for (const arrival of arrivals) perDay.set(arrival.day, [...(perDay.get(arrival.day) ?? []), arrival]);
    const perMonth = new Map<string, typeof arrivals>();
    for (const arrival of arrivals) perMonth.set(arrival.day.slice(0, 7), [...(perMonth.get(arrival.day.slice(0, 7)) ?? []), arrival]);
    // Pairs of periods that differ by exactly one arrival: a day apart, and a (calendar) month apart.
    const pairs = [
      ...[...perDay]
        .filter(([day, on]) => on.length === 1 && day > "2018-01-01")
        .map(([day, on]) => ({ before: addDays(day, -1), after: day, arrival: on[0]! })),
      ...[...perMonth]
        .filter(([month, on]) => on.length === 1 && month > "2018-01")
        .map(([month, on]) => ({ before: addDays(`${month}-01`, -1), after: addDays(addMonths(`${month}-01`, 1), -1), arrival: on[0]! })),
    ];
    expect(pairs.length).toBeGreaterThan(40);

    const guesses: Record<"nationality" | "region" | "basis", TGuess[]> = { nationality: [], region: [], basis: [] };
    let exactNaiveHits = 0;
    let worstError = 0;
    for (const pair of pairs) {
      const [before, after] = [await dashboards(pair.before), await dashboards(pair.after)];
      const { nationality, basis } = pair.arrival;
      guesses.nationality.push(
        attack(before.shown.tables.nationality, after.shown.tables.nationality, nationalityRow(after.shown.tables.nationality, nationality)),
      );
      guesses.region.push(attack(before.shown.tables.region, after.shown.tables.region, worldRegionOf(nationality)));
      guesses.basis.push(attack(before.shown.tables.basis, after.shown.tables.basis, basis));
      // Without the noise, the subtraction names the basis of nearly every one of them.
      if (attack(before.exact.tables.basis, after.exact.tables.basis, basis).isNaiveRight) exactNaiveHits++;
      for (const { shown, trueTotal } of [before, after]) {
        const total = shown.tables.basis.total?.current;
        if (total?.kind === "shown") worstError = Math.max(worstError, Math.abs(total.value - trueTotal));
      }
    }
    // The test has teeth: against the exact counts, the subtraction names the basis of many of them.
    expect(exactNaiveHits).toBeGreaterThan(pairs.length / 4);
    for (const [table, results] of Object.entries(guesses)) {
      // The attacker who knows the noise law is never sure. Its odds move at most by the law's likelihood
      // ratios (a changed count is 0.44 to 2.2 times as likely with the arrival in its row as without,
      // up to 4 at the far edge of the law): a factor under 10 on the odds it started from, so what it
      // did not already believe it cannot come to be sure of.
      expect(
        results.filter((guess) => guess.isCertain),
        table,
      ).toEqual([]);
      const gains = results.filter((guess) => guess.prior < 1).map((guess) => odds(guess.posterior) / odds(guess.prior));
      expect(Math.max(...gains), table).toBeLessThan(10);
      expect(
        results.filter((guess) => guess.prior <= 0.45 && guess.posterior >= 0.9),
        table,
      ).toEqual([]);
    }
    // Every total a manager reads is within the stated bound of the truth.
    expect(worstError).toBeLessThanOrEqual(NOISE_BOUND);
  });

  it("show the same numbers every time the same period is asked for, so asking again averages nothing away", async () => {
    const period = { from: START, to: "2025-06-30" };
    const first = await loadDashboard(db, { municipalityId, period, today: TODAY, language: "en" });
    const second = await loadDashboard(db, { municipalityId, period, today: TODAY, language: "en" });
    expect(second).toEqual(first);
    // A period over the same arrivals (no arrival on the day it adds) shows the same counts too.
    const dayAfter = "2025-07-01";
    expect(arrivals.some((arrival) => arrival.day === dayAfter)).toBe(false);
    const longer = await loadDashboard(db, { municipalityId, period: { from: START, to: dayAfter }, today: TODAY, language: "en" });
    expect(longer.tables.basis.rows.map((row) => row.counts.current)).toEqual(first.tables.basis.rows.map((row) => row.counts.current));
  });
});
