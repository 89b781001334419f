import { z } from "zod";
import { auditCsv } from "@/lib/audit/audit-csv";
import { exportAuditLog, ZAuditSearchSchema } from "@/lib/audit/search-audit-log";
import { requireApiUser } from "@/lib/auth/require-api-user";
import { toIsoDate } from "@/lib/dates/iso-date";
import { db } from "@/lib/db";
import { routing } from "@/lib/i18n/routing";

const ZLocale = z.enum(routing.locales).catch(routing.defaultLocale);

/** The administrator's audit search as CSV: every matching event, oldest first. The export is itself recorded. */
export async function GET(request: Request) {
  const { user, response } = await requireApiUser("ADMIN");
  if (response) return response;
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const search = ZAuditSearchSchema.parse(query);
  const rows = await exportAuditLog(db, { user, search });
  const fileName = `ankomst-audit-${user.municipality.slug}-${toIsoDate(new Date())}.csv`;
  return new Response(auditCsv(rows, ZLocale.parse(query.locale)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
