/**
 * Data that a migration cannot compute in SQL (it needs the app's rules), filled in after the
 * migrations by `npm start` and `npm run db:migrate`. Each backfill is idempotent and cheap when done.
 */
import { backfillApplicableStepIds } from "@/lib/arrivals/applicable-step-ids";
import { createPrismaClient } from "@/lib/db-client";

export async function runDataBackfills(databaseUrl: string): Promise<void> {
  const db = createPrismaClient(databaseUrl);
  try {
    const filled = await backfillApplicableStepIds(db);
    if (filled > 0) console.log(`Computed the applicable steps of ${filled} earlier arrivals.`);
  } finally {
    await db.$disconnect();
  }
}
