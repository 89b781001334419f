import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { withOutageDigest } from "@/lib/net/database-outage";

export { PrismaClient };

const numberFrom = (value: string | undefined, fallback: number) => (value && /^\d+$/.test(value) ? Number(value) : fallback);

/**
 * What a client is for: a request must answer within 10 seconds even when the database is away or
 * frozen (a 503 page, not a hung tab); scheduled jobs and statistics rebuilds may run for minutes.
 */
export type TDatabasePurpose = "requests" | "jobs";

/**
 * How long anything may wait on the database: a database that is away or frozen makes a request
 * fail in seconds (and the page say so), instead of hanging as long as the database does. For
 * requests, connecting and one statement together stay under 10 s.
 */
export function databaseTimeouts(env: Record<string, string | undefined> = process.env, purpose: TDatabasePurpose = "requests") {
  const statementMs =
    purpose === "requests" ? numberFrom(env.DATABASE_STATEMENT_TIMEOUT_MS, 6_000) : numberFrom(env.DATABASE_JOB_STATEMENT_TIMEOUT_MS, 10 * 60_000);
  return {
    connectionTimeoutMillis: numberFrom(env.DATABASE_CONNECT_TIMEOUT_MS, 3_000),
    statement_timeout: statementMs,
    // The client's own limit, a little later than the server's: a frozen server never answers at all.
    query_timeout: statementMs + 500,
    idle_in_transaction_session_timeout: Math.max(15_000, statementMs),
    idleTimeoutMillis: 30_000,
  };
}

/**
 * Connections per instance. A staff page makes four or five short queries one after another, each
 * holding a connection until the event loop gets round to its answer; with node-postgres's default
 * of 10, twenty people opening the list at once waited on the pool, not on PostgreSQL
 * (bench:pages list, this session's runs on a shared 2-core machine: pool 10: 104–128 req/s in six
 * runs; 20: 119–146, median 135, in eight).
 */
const DEFAULT_POOL_SIZE = 20;

/** A Prisma client over node-postgres; used by the app (lib/db.ts), its jobs, scripts and tests. */
export function createPrismaClient(databaseUrl: string | undefined, options: { purpose?: TDatabasePurpose; max?: number } = {}): PrismaClient {
  if (!databaseUrl) throw new Error("DATABASE_URL is not set. Start the app with `npm start`, or set DATABASE_URL.");
  const timeouts = databaseTimeouts(process.env, options.purpose ?? "requests");
  const max = options.max ?? numberFrom(process.env.DATABASE_POOL_SIZE, DEFAULT_POOL_SIZE);
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max, ...timeouts }) });
  // Only marks errors on their way out; the client's shape is unchanged, hence the cast.
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          throw withOutageDigest(error);
        }
      },
    },
  }) as unknown as PrismaClient;
}
