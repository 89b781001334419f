/**
 * Data that a migration cannot compute in SQL (it needs the app's rules), filled in after the
 * migrations by `npm start` and `npm run db:migrate`. Each backfill is idempotent and cheap when done.
 */

import { refoldSearchNames } from "@/lib/arrivals/refold-search-names";
import { seedCatalogue } from "@/lib/catalogue/seed-catalogue";
import { createPrismaClient } from "@/lib/db-client";
import { backfillApplicableStepIds } from "@/lib/steps/applicable-step-ids";

export async function runDataBackfills(databaseUrl: string): Promise<void> {
  const db = createPrismaClient(databaseUrl, { purpose: "jobs" });
  try {
    // Steps new in this version first: the arrivals' steps are then computed with them.
    for (const municipality of await db.municipality.findMany({ select: { id: true, name: true } })) {
      const added = await seedCatalogue(db, municipality.id);
      if (added > 0) console.log(`Added ${added} new built-in steps to ${municipality.name}'s catalogue.`);
    }
    const filled = await backfillApplicableStepIds(db);
    if (filled > 0) console.log(`Computed the applicable steps of ${filled} earlier arrivals.`);
    const refolded = await refoldSearchNames(db);
    if (refolded > 0) console.log(`Refolded the search names of ${refolded} people (Danish spellings find each other; household members are found too).`);
  } finally {
    await db.$disconnect();
  }
}
