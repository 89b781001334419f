import { createPrismaClient, type PrismaClient } from "@/lib/db-client";

/** A Prisma client on this test file's own database (see tests/integration/setup-database.ts). */
export function createTestDb(): PrismaClient {
  return createPrismaClient(process.env.DATABASE_URL);
}
