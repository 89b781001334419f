import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findArrivals } from "@/lib/arrivals/find-arrivals";
import { findLikelyDuplicates } from "@/lib/arrivals/find-likely-duplicates";
import { getArrival } from "@/lib/arrivals/get-arrival";
import { searchQueryDigest } from "@/lib/audit/search-query-digest";
import type { TActingUser } from "@/lib/auth/acting-user";
import { ensureAppRole } from "../../scripts/db/app-role";
import { seedDemoActors } from "../support/demo-actors";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
let owner: pg.Client;
let app: pg.Client;
let herningId: string;
let herning: TActingUser;
let holbaek: TActingUser;
let jonasId: string;

const APPEND_ONLY = /append-only/;
const insertEvent = async (client: pg.Client, action: string, occurredAt = "now()") =>
  (
    await client.query<{ id: string }>(
      `INSERT INTO "AuditEvent" ("municipalityId", action, "entityType", "occurredAt") VALUES ($1, $2, 'arrival', ${occurredAt}) RETURNING id::text`,
      [herningId, action],
    )
  ).rows[0]!.id;

beforeAll(async () => {
  ({ herning, holbaek, jonasId } = await seedDemoActors(db));
  owner = new pg.Client(process.env.DATABASE_URL);
  await owner.connect();
  app = new pg.Client(await ensureAppRole(process.env.DATABASE_URL!, "test-app-role-password-0123"));
  await app.connect();
  herningId = (await owner.query(`SELECT id FROM "Municipality" WHERE slug = 'herning'`)).rows[0].id;
});
afterAll(async () => {
  await Promise.all([owner.end(), app.end()]);
  await db.$disconnect();
});

describe("the audit log", () => {
  it("refuses UPDATE, DELETE and TRUNCATE even to the owner of the table", async () => {
    const id = await insertEvent(owner, "arrival.view");
    await expect(owner.query(`UPDATE "AuditEvent" SET action = 'tampered' WHERE id = $1`, [id])).rejects.toThrow(APPEND_ONLY);
    await expect(owner.query(`DELETE FROM "AuditEvent" WHERE action = 'arrival.view'`)).rejects.toThrow(APPEND_ONLY);
    await expect(owner.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(APPEND_ONLY);
    // The purge's flag alone opens nothing: only rows past their retention may go.
    await owner.query("BEGIN");
    await owner.query(`SELECT set_config('ankomst.audit_purge', 'on', true)`);
    await expect(owner.query(`DELETE FROM "AuditEvent" WHERE id = $1`, [id])).rejects.toThrow(APPEND_ONLY);
    await owner.query("ROLLBACK");
    expect((await owner.query(`SELECT action FROM "AuditEvent" WHERE id = $1`, [id])).rows).toEqual([{ action: "arrival.view" }]);
  });

  it("is not emptied by deleting the municipality or a user it names", async () => {
    const user = (await owner.query(`SELECT id FROM "User" WHERE email = 'caseworker@herning.demo'`)).rows[0].id;
    await owner.query(`INSERT INTO "AuditEvent" ("municipalityId", "actorUserId", action, "entityType") VALUES ($1, $2, 'arrival.view', 'arrival')`, [
      herningId,
      user,
    ]);
    await expect(owner.query(`DELETE FROM "Municipality" WHERE id = $1`, [herningId])).rejects.toThrow(/foreign key|append-only/);
    await expect(owner.query(`DELETE FROM "User" WHERE id = $1`, [user])).rejects.toThrow(/foreign key|append-only/);
  });

  it("may only be added to and read by the app's role, which purges rows past their retention and no others", async () => {
    const recent = await insertEvent(app, "arrival.view");
    const expired = await insertEvent(app, "arrival.view", "now() - interval '61 months'");
    const boundary = await insertEvent(app, "arrival.view", "now() - interval '59 months'");
    await expect(app.query(`UPDATE "AuditEvent" SET action = 'tampered' WHERE id = $1`, [recent])).rejects.toThrow(/permission denied/);
    await expect(app.query(`DELETE FROM "AuditEvent" WHERE id = $1`, [expired])).rejects.toThrow(/permission denied/);
    for (const statement of [`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_append_only`, `DROP TABLE "AuditEvent"`]) {
      await expect(app.query(statement), statement).rejects.toThrow(/must be owner|permission denied/);
    }

    expect((await app.query(`SELECT audit_purge_expired($1) AS purged`, [herningId])).rows[0].purged).toBe(1);
    const left = (await owner.query(`SELECT id::text FROM "AuditEvent" WHERE id = ANY($1::bigint[])`, [[recent, expired, boundary]])).rows.map((row) => row.id);
    expect(left.sort()).toEqual([recent, boundary].sort());
    expect((await app.query(`SELECT audit_purge_expired($1) AS purged`, [herningId])).rows[0].purged).toBe(0);
  });
});

describe("every staff read of personal data", () => {
  const lastEvent = (user: TActingUser, action: string) =>
    db.auditEvent.findFirstOrThrow({ where: { actorUserId: user.id, action }, orderBy: { id: "desc" }, select: { entityId: true, metadata: true } });

  it("records what a search looked for (as a keyed digest) and whom it showed", async () => {
    const result = await findArrivals(db, { user: herning, search: { q: "jonas", basis: "EU_EEA_SWISS" } });
    expect(result.items.map((item) => item.id)).toEqual([jonasId]);
    const metadata = (await lastEvent(herning, "arrival.search")).metadata;
    expect(metadata).toMatchObject({ queryDigest: searchQueryDigest("JONAS"), filters: { basis: "EU_EEA_SWISS" }, shownIds: [jonasId] });
    // The words themselves are not kept: the log outlives the names it would hold.
    expect(JSON.stringify(metadata).toLowerCase()).not.toContain("jonas");
  });

  it("records whom the duplicate check showed, and nothing when it showed nobody", async () => {
    const jonas = await db.arrival.findUniqueOrThrow({ where: { id: jonasId } });
    const before = await db.auditEvent.count({ where: { action: "arrival.duplicate-check" } });
    await findLikelyDuplicates(db, {
      user: holbaek,
      givenName: jonas.givenName,
      familyName: jonas.familyName,
      dateOfBirth: jonas.dateOfBirth.toISOString().slice(0, 10),
    });
    expect(await db.auditEvent.count({ where: { action: "arrival.duplicate-check" } })).toBe(before);
    const shown = await findLikelyDuplicates(db, {
      user: herning,
      givenName: jonas.givenName.toUpperCase(),
      familyName: jonas.familyName,
      dateOfBirth: jonas.dateOfBirth.toISOString().slice(0, 10),
    });
    expect(shown.map((duplicate) => duplicate.id)).toEqual([jonasId]);
    expect((await lastEvent(herning, "arrival.duplicate-check")).metadata).toEqual({ shownIds: [jonasId] });
  });

  it("records a request for another municipality's arrival as refused, in the asker's log", async () => {
    expect(await getArrival(db, { user: holbaek, arrivalId: jonasId, purpose: "view" })).toBeNull();
    const refused = await db.auditEvent.findFirstOrThrow({ where: { actorUserId: holbaek.id, action: "arrival.refused" }, orderBy: { id: "desc" } });
    expect(refused).toMatchObject({ municipalityId: holbaek.municipalityId, entityId: jonasId, metadata: { purpose: "view" } });
  });
});
