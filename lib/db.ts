import "server-only";
import { createPrismaClient, type PrismaClient } from "./db-client";

// Note: kept on globalThis in development only, so hot reloads do not open a new pool each time.
const globalForDb = globalThis as unknown as { ankomstDb?: PrismaClient };
let client: PrismaClient | undefined = process.env.NODE_ENV === "development" ? globalForDb.ankomstDb : undefined;

function getClient(): PrismaClient {
  if (!client) {
    client = createPrismaClient(process.env.DATABASE_URL);
    if (process.env.NODE_ENV === "development") globalForDb.ankomstDb = client;
  }
  return client;
}

/**
 * The app's one Prisma client, created on first use: `next build` imports this module without a
 * database, and tests point DATABASE_URL at their own database before the first query.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = getClient();
    const value: unknown = Reflect.get(real, property);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
