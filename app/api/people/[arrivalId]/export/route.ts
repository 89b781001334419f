import { z } from "zod";
import { requireApiUser } from "@/lib/auth/require-api-user";
import { toIsoDate } from "@/lib/dates/iso-date";
import { db } from "@/lib/db";
import { exportPersonData } from "@/lib/people/export-person";

const ZParams = z.object({ arrivalId: z.uuid() });

/** Everything Ankomst holds about one person, as JSON, for their right of access; the export is recorded. */
export async function GET(_request: Request, { params }: { params: Promise<{ arrivalId: string }> }) {
  const { user, response } = await requireApiUser("ADMIN");
  if (response) return response;
  const input = ZParams.safeParse(await params);
  if (!input.success) return new Response("Unknown arrival.", { status: 404 });
  const data = await exportPersonData(db, { user, arrivalId: input.data.arrivalId });
  if (!data) return new Response("Unknown arrival.", { status: 404 });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="ankomst-person-${input.data.arrivalId}-${toIsoDate(new Date())}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
