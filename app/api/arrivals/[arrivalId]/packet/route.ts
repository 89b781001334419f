import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requireApiUser } from "@/lib/auth/require-api-user";
import { db } from "@/lib/db";
import { getPacketPdf } from "@/lib/packet/packet-service";
import { pdfResponse } from "@/lib/packet/pdf-response";

const ZQuery = z.object({ arrivalId: z.uuid(), language: z.enum(["da", "en", "de"]) });

/** The caseworker's download of an arrival's welcome packet PDF. */
export async function GET(request: Request, { params }: { params: Promise<{ arrivalId: string }> }) {
  const { user, response } = await requireApiUser("CASEWORKER");
  if (response) return response;
  const query = ZQuery.safeParse({ arrivalId: (await params).arrivalId, language: new URL(request.url).searchParams.get("language") });
  if (!query.success) return new Response("Unknown arrival or language.", { status: 400 });
  const result = await getPacketPdf(db, {
    municipalityId: user.municipalityId,
    arrivalId: query.data.arrivalId,
    language: query.data.language,
    actorUserId: user.id,
  });
  if (!result) return new Response("Not found.", { status: 404 });
  await recordAuditEvent(db, {
    municipalityId: user.municipalityId,
    actorUserId: user.id,
    action: "packet.download",
    entityType: "arrival",
    entityId: query.data.arrivalId,
    metadata: { packetId: result.packetId, language: query.data.language, isCached: result.isCached },
  });
  return pdfResponse(result.pdf, result.fileName);
}
