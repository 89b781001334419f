import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checklistIdOf } from "@/lib/progress/step-progress";
import { loadChecklistSteps } from "@/lib/steps/checklist-steps";
import { seedDemoData } from "../../scripts/seeds/seed-demo-data";
import { seedSyntheticArrivals } from "../../scripts/seeds/synthetic-seed";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
const client = new pg.Client(process.env.DATABASE_URL);
let herningId: string;
let holbaekId: string;
const COUNT = 12_000;

beforeAll(async () => {
  await seedDemoData(db);
  await client.connect();
  herningId = (await db.municipality.findUniqueOrThrow({ where: { slug: "herning" } })).id;
  holbaekId = (await db.municipality.findUniqueOrThrow({ where: { slug: "holbaek" } })).id;
  await seedSyntheticArrivals(client, { municipalityId: herningId, count: COUNT, seed: 7, today: new Date("2026-11-23T12:00:00Z") });
}, 120_000);
afterAll(async () => {
  await client.end();
  await db.$disconnect();
});

describe("synthetic arrivals", () => {
  it("are bulk-loaded into the chosen municipality only, across two batches", async () => {
    const demoArrivals = 5;
    expect(await db.arrival.count({ where: { municipalityId: herningId } })).toBe(COUNT + demoArrivals);
    expect(await db.arrival.count({ where: { municipalityId: holbaekId, givenName: "Syntetisk" } })).toBe(0);
  });

  it("spread over ten years, with the mix of Danish immigration: Ukraine, Romania and Poland on top, Nordic citizens on the Nordic basis", async () => {
    const { rows: span } = await client.query(
      `SELECT min("arrivalDate")::text AS first, max("arrivalDate")::text AS last FROM "Arrival" WHERE "givenName" = 'Syntetisk'`,
    );
    expect(span[0].first >= "2016-01-01").toBe(true);
    expect(span[0].last <= "2026-11-23").toBe(true);
    const { rows: top } = await client.query(
      `SELECT nationality FROM "Arrival" WHERE "givenName" = 'Syntetisk' GROUP BY nationality ORDER BY count(*) DESC LIMIT 3`,
    );
    expect(top.map((row) => row.nationality).sort()).toEqual(["PL", "RO", "UA"]);
    const { rows: nordic } = await client.query(
      `SELECT DISTINCT "residenceBasis" FROM "Arrival" WHERE "givenName" = 'Syntetisk' AND nationality IN ('SE', 'NO', 'IS', 'FI')`,
    );
    expect(nordic.map((row) => row.residenceBasis)).toEqual(["NORDIC"]);
    const { rows: families } = await client.query(`SELECT count(*)::int AS n FROM "HouseholdMember" WHERE kind = 'CHILD'`);
    expect(families[0].n).toBeGreaterThan(COUNT / 5);
  });

  it("tick only steps that apply to the household, never before the link was opened", async () => {
    const sample = await db.arrival.findMany({
      where: { municipalityId: herningId, givenName: "Syntetisk", stepProgress: { some: {} } },
      take: 50,
      select: { id: true },
    });
    expect(sample.length).toBe(50);
    for (const { id } of sample) {
      const applicable = new Set((await loadChecklistSteps(db, { municipalityId: herningId, arrivalId: id, language: "en" }))!.map((step) => step.id));
      const ticks = await db.stepProgress.findMany({ where: { arrivalId: id } });
      for (const tick of ticks) expect(applicable.has(checklistIdOf(tick)), checklistIdOf(tick)).toBe(true);
    }
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM "StepProgress" s JOIN "PersonalLink" l ON l."arrivalId" = s."arrivalId" WHERE s."completedAt" < l."lastOpenedAt" - interval '1 day'`,
    );
    expect(rows[0].n).toBe(0);
  });

  it("gives the same data set for the same seed", async () => {
    const { createRandom, syntheticArrival } = await import("@/scripts/seeds/synthetic-arrivals");
    const series = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 50 }, (_, index) => syntheticArrival(random, index, "2026-11-23"));
    };
    expect(series(3)).toEqual(series(3));
    expect(series(4)).not.toEqual(series(3));
  });
});
