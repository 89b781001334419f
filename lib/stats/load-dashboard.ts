import type { TIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import { buildDashboard, schoolStartMonths, type TDashboard } from "./dashboard";
import { type TPeriod, yearEarlier } from "./period";
import { readPeriodCounts, readSchoolStarts } from "./read-counts";

/** Everything the managers' dashboard shows for one municipality and period, already protected. */
export async function loadDashboard(db: PrismaClient, options: { municipalityId: string; period: TPeriod; today: TIsoDate }): Promise<TDashboard> {
  const { municipalityId, period, today } = options;
  const earlierPeriod = yearEarlier(period);
  const augustYears = schoolStartMonths(today)
    .filter((month) => month.slice(5, 7) === "08")
    .map((month) => Number(month.slice(0, 4)));
  const [current, earlier, schoolStarts] = await Promise.all([
    readPeriodCounts(db, { municipalityId, period }),
    readPeriodCounts(db, { municipalityId, period: earlierPeriod }),
    readSchoolStarts(db, { municipalityId, years: augustYears.flatMap((year) => [year, year - 1]) }),
  ]);
  return buildDashboard({ period, earlierPeriod, current, earlier, today, schoolStarts });
}
