import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export { PrismaClient };

const numberFrom = (value: string | undefined, fallback: number) => (value && /^\d+$/.test(value) ? Number(value) : fallback);

/**
 * How long anything may wait on the database: a database that is away or frozen makes a request
 * fail in seconds (and the page say so), instead of hanging as long as the database does.
 */
export function databaseTimeouts(env: Record<string, string | undefined> = process.env) {
  return {
    connectionTimeoutMillis: numberFrom(env.DATABASE_CONNECT_TIMEOUT_MS, 5_000),
    statement_timeout: numberFrom(env.DATABASE_STATEMENT_TIMEOUT_MS, 15_000),
    query_timeout: numberFrom(env.DATABASE_STATEMENT_TIMEOUT_MS, 15_000) + 1_000,
    idle_in_transaction_session_timeout: 15_000,
    idleTimeoutMillis: 30_000,
  };
}

/** A Prisma client over node-postgres; used by the app (lib/db.ts) and by scripts and tests. */
export function createPrismaClient(databaseUrl: string | undefined): PrismaClient {
  if (!databaseUrl) throw new Error("DATABASE_URL is not set. Start the app with `npm start`, or set DATABASE_URL.");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 10, ...databaseTimeouts() }) });
}
