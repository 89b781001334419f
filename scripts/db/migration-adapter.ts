/**
 * The Postgres adapter the WASM schema engine migrates through: @prisma/adapter-pg with the two
 * fixes it needs here (shadow databases cleaned up, the internal "char" type readable).
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import pg from "pg";

/**
 * PrismaPg's own shadow database is dropped while its pool still holds a connection, which fails
 * and leaves `prisma_migrate_shadow_db_*` databases behind: close the pool first, then drop.
 */
export class ShadowSafePrismaPg extends PrismaPg {
  constructor(private readonly poolConfig: pg.PoolConfig) {
    super(poolConfig);
  }

  private readonly opened: { dispose(): Promise<void> }[] = [];

  override async connect() {
    const adapter = runScriptsWhole(reportInternalCharAsChar(await super.connect()));
    this.opened.push(adapter);
    return adapter;
  }

  /** The engine does not close what it opened: left open, its pool holds the process ~10 s. */
  async disposeAll() {
    await Promise.allSettled(this.opened.splice(0).map((adapter) => adapter.dispose()));
  }

  override async connectToShadowDb() {
    const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll("-", "")}`;
    await runOnMaintenanceDb(this.poolConfig, `CREATE DATABASE "${name}"`);
    const adapter = runScriptsWhole(reportInternalCharAsChar(await new PrismaPg({ ...this.poolConfig, database: name }).connect()));
    const closePool = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await closePool();
      await runOnMaintenanceDb(this.poolConfig, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
    return adapter;
  }
}

const PG_INTERNAL_CHAR_OID = 18;
const PG_TEXT_OID = 25;
type TPerformIO = (query: unknown) => Promise<{ fields: { dataTypeID: number }[] }>;
type TQueryRaw = (query: unknown) => Promise<{ columnTypes: number[] }>;
const internalCharColumns = new AsyncLocalStorage<number[]>();

/**
 * Introspection reads catalog columns of Postgres' internal `"char"` type, which adapter-pg 7.10
 * cannot map ("Column type 'char' could not be deserialized"), while the engine expects them as
 * single characters. Read them as text, then report those columns as Character.
 * Note: this wraps a private method of the adapter; re-check on adapter upgrades.
 */
function reportInternalCharAsChar<T extends object>(adapter: T): T {
  const target = adapter as unknown as { performIO: TPerformIO; queryRaw: TQueryRaw };
  const performIO = target.performIO.bind(adapter);
  const queryRaw = target.queryRaw.bind(adapter);
  target.performIO = async (query) => {
    const result = await performIO(query);
    const marks = internalCharColumns.getStore();
    result.fields.forEach((field, index) => {
      if (field.dataTypeID !== PG_INTERNAL_CHAR_OID) return;
      field.dataTypeID = PG_TEXT_OID;
      marks?.push(index);
    });
    return result;
  };
  target.queryRaw = (query) => {
    const marks: number[] = [];
    return internalCharColumns.run(marks, async () => {
      const result = await queryRaw(query);
      for (const index of marks) result.columnTypes[index] = ColumnTypeEnum.Character;
      return result;
    });
  };
  return adapter;
}

type TScriptRunner = { client: { query(sql: string): Promise<unknown> }; onError(error: unknown): never; executeScript(script: string): Promise<void> };

/**
 * adapter-pg 7.10 runs a migration script by splitting it on every ";", which cuts a function
 * body (`$$ ... ; ... $$`) apart. Postgres' simple query protocol takes the whole script at once,
 * quoting and all, and runs it as one implicit transaction.
 * Note: this replaces a method that reaches the adapter's private client; re-check on upgrades.
 */
function runScriptsWhole<T extends object>(adapter: T): T {
  const target = adapter as unknown as TScriptRunner;
  target.executeScript = async (script) => {
    try {
      await target.client.query(script);
    } catch (error) {
      target.onError(error);
    }
  };
  return adapter;
}

async function runOnMaintenanceDb(config: pg.PoolConfig, sql: string) {
  const client = new pg.Client({ ...config, database: "postgres" });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
