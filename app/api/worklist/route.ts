import { z } from "zod";
import { appUrl } from "@/lib/app-url";
import { requireApiUser } from "@/lib/auth/require-api-user";
import { danishDayOf } from "@/lib/dates/iso-date";
import { db } from "@/lib/db";
import { routing } from "@/lib/i18n/routing";
import { exportWorkListSection } from "@/lib/worklist/work-list";
import { workListCsv } from "@/lib/worklist/work-list-csv";
import { WORK_LIST_SECTIONS, ZWorkListSearchSchema } from "@/lib/worklist/work-list-query";

const ZLocale = z.enum(routing.locales).catch(routing.defaultLocale);
/** Rows per list in one file: more than a team meeting reads, few enough to stay a quick download. */
const ROWS_PER_SECTION = 2_000;

/** The work list as CSV, with the filters of the page (one section, or all); the export is recorded. */
export async function GET(request: Request) {
  const { user, response } = await requireApiUser("CASEWORKER");
  if (response) return response;
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const locale = ZLocale.parse(query.locale);
  const search = ZWorkListSearchSchema.parse(query);
  const now = new Date();
  const clock = { today: danishDayOf(now), now };
  const sections = [];
  // One list after the other: a single caseworker's download should not take the whole pool.
  for (const section of search.section ? [search.section] : WORK_LIST_SECTIONS) {
    const rows = await exportWorkListSection(db, { user, search, clock, language: locale, section, limit: ROWS_PER_SECTION });
    sections.push({ section, rows });
  }
  const fileName = `ankomst-work-list-${user.municipality.slug}-${clock.today}.csv`;
  return new Response(workListCsv(sections, { locale, appUrl: appUrl() }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
