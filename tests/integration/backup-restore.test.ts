import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getArrival } from "@/lib/arrivals/get-arrival";
import type { TActingUser } from "@/lib/auth/acting-user";
import { issuePersonalLink } from "@/lib/links/personal-links";
import { generateWelcomePacket } from "@/lib/packet/packet-service";
import { backupDatabase, restoreDatabase } from "../../scripts/db/data-backup";
import { seedDemoActors } from "../support/demo-actors";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
const folder = mkdtempSync(path.join(os.tmpdir(), "ankomst-backup-test-"));
const file = path.join(folder, "test.backup.gz");
const restoredName = `restored_${Date.now().toString(36)}`;
let restoredUrl: string;
let herning: TActingUser;
let jonasId: string;

/** What must come back: every arrival, audit row, catalogue text, packet and statistic, row for row. */
const SNAPSHOT = [
  `SELECT id, "givenName", "familyName", "arrivalDate"::text, version FROM "Arrival" ORDER BY id`,
  `SELECT id::text, action, "entityId", metadata::text, "occurredAt"::text FROM "AuditEvent" ORDER BY id`,
  `SELECT s.key, t.language, t.title, t.body FROM "CatalogueStepText" t JOIN "CatalogueStep" s ON s.id = t."stepId" ORDER BY s.key, t.language, s."municipalityId"`,
  `SELECT id, md5(pdf) AS pdf FROM "WelcomePacket" ORDER BY id`,
  `SELECT * FROM "StatsArrivalDay" ORDER BY 1, 2, 3, 4`,
  `SELECT "tokenHash", "revokedAt"::text FROM "PersonalLink" ORDER BY "tokenHash"`,
];
async function snapshot(url: string) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const results = [];
    for (const query of SNAPSHOT) results.push((await client.query(query)).rows);
    return results;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  ({ herning, jonasId } = await seedDemoActors(db));
  await issuePersonalLink(db, { user: herning, arrivalId: jonasId });
  await generateWelcomePacket(db, { user: herning, arrivalId: jonasId, language: "de" });
  await getArrival(db, { user: herning, arrivalId: jonasId, purpose: "view" });
  const admin = new pg.Client(inject("pgAdminUrl"));
  await admin.connect();
  await admin.query(`CREATE DATABASE "${restoredName}"`);
  await admin.end();
  const url = new URL(inject("pgAdminUrl"));
  url.pathname = `/${restoredName}`;
  restoredUrl = url.toString();
}, 60_000);
afterAll(async () => {
  await db.$disconnect();
  rmSync(folder, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("restores a backup into a fresh database with every arrival, audit row, catalogue text, packet and statistic", async () => {
    const manifest = await backupDatabase(process.env.DATABASE_URL!, file);
    expect(manifest.tables.find((table) => table.name === "Arrival")?.rows).toBeGreaterThan(0);
    expect(manifest.tables.map((table) => table.name)).not.toContain("StaffSession");

    await restoreDatabase(restoredUrl, file);
    const [original, restored] = [await snapshot(process.env.DATABASE_URL!), await snapshot(restoredUrl)];
    expect(restored.map((rows) => rows.length)).toEqual(original.map((rows) => rows.length));
    expect(restored).toEqual(original);
    expect(original[1]!.length).toBeGreaterThan(0);

    // The restored database takes new rows: the audit log's ids go on after the restored ones.
    const client = new pg.Client(restoredUrl);
    await client.connect();
    const municipality = (await client.query(`SELECT id FROM "Municipality" LIMIT 1`)).rows[0].id;
    const { rows } = await client.query(
      `INSERT INTO "AuditEvent" ("municipalityId", action, "entityType") VALUES ($1, 'arrival.view', 'arrival') RETURNING id::text`,
      [municipality],
    );
    await client.end();
    expect(BigInt(rows[0].id)).toBeGreaterThan(BigInt(original[1]!.at(-1)!.id));
  }, 60_000);

  it("refuses to restore over a database that holds data", async () => {
    await expect(restoreDatabase(restoredUrl, file)).rejects.toThrow(/already holds data/);
  }, 60_000);
});
