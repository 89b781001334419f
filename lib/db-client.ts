import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export { PrismaClient };

/** A Prisma client over node-postgres; used by the app (lib/db.ts) and by scripts and tests. */
export function createPrismaClient(databaseUrl: string | undefined): PrismaClient {
  if (!databaseUrl) throw new Error("DATABASE_URL is not set. Start the app with `npm start`, or set DATABASE_URL.");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 10 }) });
}
