/**
 * The demo's history: Herning gets synthetic arrivals over the past ten years (once), so the
 * managers' dashboard has something to show beside the handful of hand-written demo arrivals.
 * The history ends the day before the first demo arrival, so the caseworkers' list (newest first)
 * still opens on the demo households.
 */
import pg from "pg";
import { addDays, fromIsoDate } from "@/lib/dates/iso-date";
import { DEMO_MUNICIPALITIES } from "./demo-data";
import { seedSyntheticArrivals } from "./synthetic-seed";

export const DEMO_HISTORY_ARRIVALS = 2000;

export async function seedDemoHistory(databaseUrl: string): Promise<number> {
  const client = new pg.Client(databaseUrl);
  await client.connect();
  try {
    const found = await client.query<{ id: string; synthetic: number }>(
      `SELECT m.id, (SELECT count(*)::int FROM "Arrival" a WHERE a."municipalityId" = m.id AND a."givenName" = 'Syntetisk') AS synthetic
         FROM "Municipality" m WHERE m.slug = 'herning'`,
    );
    const herning = found.rows[0];
    if (!herning || herning.synthetic > 0) return 0;
    const firstDemoArrival = DEMO_MUNICIPALITIES.flatMap((demo) => demo.arrivals.map((arrival) => arrival.arrivalDate)).sort()[0]!;
    const endOfHistory = fromIsoDate(addDays(firstDemoArrival, -1));
    await seedSyntheticArrivals(client, { municipalityId: herning.id, count: DEMO_HISTORY_ARRIVALS, seed: 1, today: endOfHistory });
    return DEMO_HISTORY_ARRIVALS;
  } finally {
    await client.end();
  }
}
