import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { pendingSchemaChange } from "../../scripts/db/schema-engine";

const MIGRATIONS = path.join(import.meta.dirname, "../../prisma/migrations");
const migrationFolders = readdirSync(MIGRATIONS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** A new database on the test server with the migrations before `upTo` applied, as a database of that release would be. */
async function databaseBefore(upTo: string): Promise<pg.Client> {
  const name = `migrate_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = new pg.Client(inject("pgAdminUrl"));
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(inject("pgAdminUrl"));
  url.pathname = `/${name}`;
  const client = new pg.Client(url.toString());
  await client.connect();
  for (const folder of migrationFolders.filter((folder) => folder < upTo)) await applyMigration(client, folder);
  return client;
}

const applyMigration = (client: pg.Client, folder: string) => client.query(readFileSync(path.join(MIGRATIONS, folder, "migration.sql"), "utf8"));

describe("the migrations", () => {
  it("build exactly the data model in prisma/schema.prisma (no change left without a migration)", { timeout: 60_000 }, async () => {
    expect(await pendingSchemaChange(process.env.DATABASE_URL!)).toBeNull();
  });

  it("carry a child's ticks and reminders over to the child's own row, and drop those of children already removed", { timeout: 60_000 }, async () => {
    const migration = migrationFolders.find((folder) => folder.endsWith("_household_member_steps"))!;
    const client = await databaseBefore(migration);
    try {
      const municipality = crypto.randomUUID();
      const arrival = crypto.randomUUID();
      const child = crypto.randomUUID();
      const gone = crypto.randomUUID();
      await client.query(
        `INSERT INTO "Municipality" (id, slug, name, "letterName", "addressLine", "postalCode", city, "updatedAt") VALUES ($1, 'm', 'M', 'M Kommune', 'Torvet 1', '7400', 'Herning', now())`,
        [municipality],
      );
      await client.query(
        `INSERT INTO "Arrival" (id, "municipalityId", "givenName", "familyName", "searchName", "dateOfBirth", nationality, "packetLanguage", "arrivalDate",
           "addressLine", "postalCode", city, "residenceBasis", "updatedAt")
         VALUES ($1, $2, 'A', 'B', 'a b', '1990-01-01', 'PL', 'en', '2026-11-20', 'Vej 1', '7400', 'Herning', 'EU_EEA_SWISS', now())`,
        [arrival, municipality],
      );
      await client.query(
        `INSERT INTO "HouseholdMember" (id, "arrivalId", kind, "givenName", "familyName", "dateOfBirth") VALUES ($1, $2, 'CHILD', 'C', 'B', '2018-03-01')`,
        [child, arrival],
      );
      for (const stepKey of ["mitid", `school-enrolment-${child}`, `daycare-${gone}`]) {
        await client.query(`INSERT INTO "StepProgress" (id, "arrivalId", "stepKey") VALUES (gen_random_uuid(), $1, $2)`, [arrival, stepKey]);
      }
      for (const stepId of ["cpr-registration", `school-enrolment-${child}`, `language-assessment-${gone}`]) {
        await client.query(
          `INSERT INTO "ReminderDelivery" (id, "arrivalId", "municipalityId", "stepId", deadline, "mailId", status) VALUES (gen_random_uuid(), $1, $2, $3, '2026-12-01', gen_random_uuid(), 'SENT')`,
          [arrival, municipality, stepId],
        );
      }

      await applyMigration(client, migration);

      const ticks = await client.query(`SELECT "stepKey", "householdMemberId" FROM "StepProgress" ORDER BY "stepKey"`);
      expect(ticks.rows).toEqual([
        { stepKey: "mitid", householdMemberId: null },
        { stepKey: "school-enrolment", householdMemberId: child },
      ]);
      const reminders = await client.query(`SELECT "stepKey", "householdMemberId" FROM "ReminderDelivery" ORDER BY "stepKey"`);
      expect(reminders.rows).toEqual([
        { stepKey: "cpr-registration", householdMemberId: null },
        { stepKey: "school-enrolment", householdMemberId: child },
      ]);
      // A household step is still ticked only once.
      await expect(client.query(`INSERT INTO "StepProgress" (id, "arrivalId", "stepKey") VALUES (gen_random_uuid(), $1, 'mitid')`, [arrival])).rejects.toThrow(
        /duplicate key/,
      );
    } finally {
      await client.end();
    }
  });
});
