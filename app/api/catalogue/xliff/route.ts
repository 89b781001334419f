import { z } from "zod";
import { requireApiUser } from "@/lib/auth/require-api-user";
import { exportCatalogueXliff } from "@/lib/catalogue/xliff/catalogue-xliff";
import { db } from "@/lib/db";
import { PUBLIC_PAGE_LANGUAGES } from "@/lib/i18n/languages";

const ZExport = z.object({ language: z.enum(PUBLIC_PAGE_LANGUAGES).exclude(["da"]) });

/** The administrator's catalogue and public page in one language as an XLIFF 2.0 file for translators. */
export async function GET(request: Request) {
  const { user, response } = await requireApiUser("ADMIN");
  if (response) return response;
  const input = ZExport.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!input.success) return Response.json({ error: "Choose a language other than Danish, the master." }, { status: 400 });
  const file = await exportCatalogueXliff(db, { municipalityId: user.municipalityId, language: input.data.language });
  if (!file) return Response.json({ error: "Not found" }, { status: 404 });
  return new Response(file.xml, {
    headers: {
      "Content-Type": "application/xliff+xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
