import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureAppRole } from "../../scripts/db/app-role";
import { seedDemoData } from "../../scripts/seeds/seed-demo-data";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
let app: pg.Client;

beforeAll(async () => {
  await seedDemoData(db);
  app = new pg.Client(await ensureAppRole(process.env.DATABASE_URL!, "test-app-role-password-0123"));
  await app.connect();
});
afterAll(async () => {
  await app.end();
  await db.$disconnect();
});

describe("the role the app runs as", () => {
  it("reads and writes rows, through the statistics triggers and the audit sequence too", async () => {
    const { rows } = await app.query(`SELECT id FROM "Municipality" WHERE slug = 'herning'`);
    await app.query(`INSERT INTO "AuditEvent" ("municipalityId", action, "entityType") VALUES ($1, 'packet.generate', 'arrival')`, [rows[0].id]);
    await app.query(`UPDATE "Arrival" SET city = city WHERE "municipalityId" = $1`, [rows[0].id]);
    expect((await app.query(`SELECT count(*)::int AS n FROM "StatsEventDay"`)).rows[0].n).toBeGreaterThan(0);
  });

  it("may not change the schema, empty a table or read the migration history", async () => {
    for (const statement of [
      `CREATE TABLE intruder (id int)`,
      `DROP TABLE "Arrival"`,
      `ALTER TABLE "Arrival" ADD COLUMN x int`,
      `TRUNCATE "AuditEvent"`,
      `SELECT * FROM "_prisma_migrations"`,
      `CREATE FUNCTION evil() RETURNS int LANGUAGE sql AS 'SELECT 1'`,
    ]) {
      await expect(app.query(statement), statement).rejects.toThrow(/permission denied|must be owner/);
    }
  });
});
