import { listSteps } from "@/lib/catalogue/step-list";
import { deriveServerKey } from "@/lib/crypto/server-key";
import type { TIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import type { Language } from "@/lib/generated/prisma/enums";
import { keyedPerturbation } from "./cell-noise";
import { buildDashboard, schoolStartMonths, type TDashboard } from "./dashboard";
import { type TPeriod, yearEarlier } from "./period";
import { readPeriodCounts, readSchoolStarts } from "./read-counts";

/**
 * Everything the managers' dashboard shows for one municipality and period, already protected:
 * every count perturbed (keyed by the period's records, lib/stats/cell-noise.ts), then small counts
 * suppressed (docs/decisions/006).
 */
export async function loadDashboard(
  db: PrismaClient,
  options: { municipalityId: string; period: TPeriod; today: TIsoDate; language: Language },
): Promise<TDashboard> {
  const { municipalityId, period, today } = options;
  const earlierPeriod = yearEarlier(period);
  const augustYears = schoolStartMonths(today)
    .filter((month) => month.slice(5, 7) === "08")
    .map((month) => Number(month.slice(0, 4)));
  const [current, earlier, schoolStarts, steps] = await Promise.all([
    readPeriodCounts(db, { municipalityId, period }),
    readPeriodCounts(db, { municipalityId, period: earlierPeriod }),
    readSchoolStarts(db, { municipalityId, years: augustYears.flatMap((year) => [year, year - 1]) }),
    listSteps(db, { municipalityId, language: options.language }),
  ]);
  const secret = deriveServerKey("statistics-noise", "STATISTICS_NOISE_SECRET");
  const noiseOf = (counts: { fingerprint: string }) => keyedPerturbation({ secret, municipalityId, fingerprint: counts.fingerprint });
  return buildDashboard({
    period,
    earlierPeriod,
    current,
    earlier,
    today,
    schoolStarts,
    steps,
    noise: { current: noiseOf(current), earlier: noiseOf(earlier) },
  });
}
