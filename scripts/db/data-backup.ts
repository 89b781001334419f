/**
 * A backup of Ankomst's data, and its restore (docs/decisions/010): one gzip file holding a
 * manifest and every table's rows as PostgreSQL's own COPY text, read in one snapshot. The schema
 * is not in the file: a restore applies the migrations the manifest names, then loads the rows.
 * Written because pg_dump must be as new as the server (PostgreSQL 18 here) and no such client can
 * be installed on these machines; on a real PostgreSQL, use pg_dump/pg_restore (README).
 */
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { applyMigrations } from "./schema-engine";

const FORMAT = "ankomst-backup/1";
/** Not backed up: the migration history (a restore writes its own), sessions and rate limits (a restore starts them afresh). */
const LEFT_OUT = new Set(["_prisma_migrations", "StaffSession", "RateLimiterFlexible"]);

type TManifest = { format: typeof FORMAT; createdAt: string; migrations: string[]; tables: { name: string; rows: number }[] };

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The app's tables, each after every table it refers to, so rows load without breaking a foreign key. */
async function tablesInLoadOrder(client: pg.Client): Promise<string[]> {
  const tables = (await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).rows
    .map((row) => row.name)
    .filter((name) => !LEFT_OUT.has(name));
  const references = (
    await client.query<{ child: string; parent: string }>(
      `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE k.contype = 'f' AND n.nspname = 'public' AND c.relname <> p.relname`,
    )
  ).rows;
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const { parent } of references.filter((reference) => reference.child === table)) if (tables.includes(parent)) visit(parent, path);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

/** Writes every table's rows, read in one consistent snapshot, to a gzip file; returns the manifest. */
export async function backupDatabase(databaseUrl: string, file: string): Promise<TManifest> {
  const client = new pg.Client(databaseUrl);
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = (
      await client.query<{ name: string }>(`SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`)
    ).rows.map((row) => row.name);
    const tables = await tablesInLoadOrder(client);
    const counts: { name: string; rows: number }[] = [];
    for (const name of tables) counts.push({ name, rows: Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoted(name)}`)).rows[0]!.n) });
    const manifest: TManifest = { format: FORMAT, createdAt: new Date().toISOString(), migrations, tables: counts };
    const gzip = createGzip();
    const written = pipeline(gzip, createWriteStream(file));
    gzip.write(`${JSON.stringify(manifest)}\n`);
    for (const { name } of counts) {
      gzip.write(`${JSON.stringify({ table: name })}\n`);
      const rows = client.query(copyTo(`COPY ${quoted(name)} TO STDOUT`));
      for await (const chunk of rows) if (!gzip.write(chunk)) await once(gzip, "drain");
      gzip.write("\\.\n");
    }
    gzip.end();
    await written;
    await client.query("COMMIT");
    return manifest;
  } finally {
    await client.end();
  }
}

/**
 * Restores a backup into a database with no Ankomst data: applies the migrations, then loads every
 * table in one transaction (statistics rollups as they were saved, their triggers held off), and
 * moves the audit log's id sequence past its rows. Refuses a database that already holds any of it.
 */
export async function restoreDatabase(databaseUrl: string, file: string): Promise<TManifest> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Number.POSITIVE_INFINITY });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const manifest = JSON.parse(first.done ? "{}" : first.value) as TManifest;
  if (manifest.format !== FORMAT) throw new Error(`${file} is not an Ankomst backup.`);

  const applied = await applyMigrations(databaseUrl);
  const client = new pg.Client(databaseUrl);
  await client.connect();
  try {
    const known = (await client.query<{ name: string }>(`SELECT migration_name AS name FROM "_prisma_migrations"`)).rows.map((row) => row.name);
    const unknown = manifest.migrations.filter((name) => !known.includes(name));
    if (unknown.length > 0) throw new Error(`The backup was made by a newer Ankomst (migrations ${unknown.join(", ")}): restore it with that version.`);
    for (const { name } of manifest.tables) {
      if ((await client.query(`SELECT 1 FROM ${quoted(name)} LIMIT 1`)).rowCount)
        throw new Error(`The database already holds data (${name}): restore into a new, empty database.`);
    }
    await client.query("BEGIN");
    await client.query("SET LOCAL ankomst.stats_bulk_load = 'on'");
    for (let header = await iterator.next(); !header.done; header = await iterator.next()) {
      const { table } = JSON.parse(header.value) as { table: string };
      const sink = client.query(copyFrom(`COPY ${quoted(table)} FROM STDIN`));
      for (let line = await iterator.next(); !line.done && line.value !== "\\."; line = await iterator.next()) {
        if (!sink.write(`${line.value}\n`)) await once(sink, "drain");
      }
      sink.end();
      await once(sink, "finish");
    }
    await client.query(`SELECT setval(pg_get_serial_sequence('"AuditEvent"', 'id'), GREATEST((SELECT max(id) FROM "AuditEvent"), 1))`);
    await client.query("COMMIT");
    return { ...manifest, migrations: [...new Set([...manifest.migrations, ...applied])] };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
