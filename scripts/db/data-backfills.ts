/**
 * Data that a migration cannot compute in SQL (it needs the app's rules), filled in after the
 * migrations by `npm start` and `npm run db:migrate`. Each backfill is idempotent and cheap when done.
 */

import { refoldSearchNames } from "@/lib/arrivals/refold-search-names";
import { seedCatalogue } from "@/lib/catalogue/seed-catalogue";
import { createPrismaClient } from "@/lib/db-client";
import { backfillApplicableStepIds, countStaleStepIds } from "@/lib/steps/applicable-step-ids";
import { seedPublicPageTexts } from "@/lib/welcome/public-page-texts";

/** The most arrivals whose steps are computed again before the app starts serving. */
const STEPS_RECOMPUTED_AT_START = 5_000;

export async function runDataBackfills(databaseUrl: string): Promise<void> {
  const db = createPrismaClient(databaseUrl, { purpose: "jobs" });
  try {
    // Steps new in this version first: the arrivals' steps are then computed with them.
    for (const municipality of await db.municipality.findMany({ select: { id: true, name: true } })) {
      const added = await seedCatalogue(db, municipality.id);
      if (added.steps > 0) console.log(`Added ${added.steps} new built-in steps to ${municipality.name}'s catalogue.`);
      if (added.texts > 0) console.log(`Added ${added.texts} built-in step texts in new languages to ${municipality.name}'s catalogue (not yet reviewed).`);
      const pageTexts = await seedPublicPageTexts(db, municipality.id);
      if (pageTexts.texts > 0) console.log(`Added ${pageTexts.texts} public page texts to ${municipality.name}'s welcome page.`);
    }
    // A few thousand are recomputed before the app serves; more are left to the steps-refresh job
    // (every five minutes, lib/jobs/job-runner.ts), so a large database starts at once.
    const stale = await countStaleStepIds(db);
    if (stale > 0 && stale <= STEPS_RECOMPUTED_AT_START) {
      const filled = await backfillApplicableStepIds(db);
      console.log(`Computed the applicable steps of ${filled} earlier arrivals.`);
    } else if (stale > 0) {
      console.log(`${stale} arrivals' steps and deadlines are computed again by the steps-refresh job, starting within five minutes.`);
    }
    const refolded = await refoldSearchNames(db);
    if (refolded > 0) console.log(`Refolded the search names of ${refolded} people (Danish spellings find each other; household members are found too).`);
  } finally {
    await db.$disconnect();
  }
}
