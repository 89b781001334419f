import { z } from "zod";
import { requireApiUser } from "@/lib/auth/require-api-user";
import { toIsoDate } from "@/lib/dates/iso-date";
import { db } from "@/lib/db";
import { routing } from "@/lib/i18n/routing";
import { STAT_TABLES } from "@/lib/stats/dashboard";
import { createDashboardLabels } from "@/lib/stats/dashboard-labels";
import { tableCsv, tableCsvFileName, tableMatrix } from "@/lib/stats/dashboard-tables";
import { loadDashboard } from "@/lib/stats/load-dashboard";
import { periodFromQuery, ZPeriodQuery } from "@/lib/stats/period";

const ZParams = z.object({ table: z.enum(STAT_TABLES) });
const ZLocale = z.enum(routing.locales).catch(routing.defaultLocale);

/**
 * One table of the managers' dashboard as CSV, for the period the page shows: exactly the page's
 * rows and protected counts (both come from tableMatrix), in the page's language.
 */
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  const { user, response } = await requireApiUser("MANAGER");
  if (response) return response;
  const input = ZParams.safeParse(await params);
  if (!input.success) return new Response("Unknown table.", { status: 404 });
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const locale = ZLocale.parse(search.locale);
  const labels = createDashboardLabels(locale);
  const now = new Date();
  const { period, error } = periodFromQuery(ZPeriodQuery.parse(search), now);
  if (error) return new Response(labels.periodError(error, toIsoDate(now)), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });

  const dashboard = await loadDashboard(db, { municipalityId: user.municipalityId, period, today: toIsoDate(now), language: locale });
  const csv = tableCsv(tableMatrix(dashboard, input.data.table, labels), labels, locale);
  const fileName = tableCsvFileName({ municipalitySlug: user.municipality.slug, id: input.data.table, ...period });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
