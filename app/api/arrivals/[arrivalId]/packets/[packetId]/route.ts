import { z } from "zod";
import { auditAs } from "@/lib/audit/record-audit-event";
import { recordRefusedAccess } from "@/lib/audit/record-refused-access";
import { requireApiUser } from "@/lib/auth/require-api-user";
import { db } from "@/lib/db";
import { getStoredPacketPdf } from "@/lib/packet/packet-service";
import { pdfResponse } from "@/lib/packet/pdf-response";

const ZParams = z.object({ arrivalId: z.uuid(), packetId: z.uuid() });

/** The caseworker's download of one generated packet: exactly the bytes that were generated, never rendered again. */
export async function GET(_request: Request, { params }: { params: Promise<{ arrivalId: string; packetId: string }> }) {
  const { user, response } = await requireApiUser("CASEWORKER");
  if (response) return response;
  const input = ZParams.safeParse(await params);
  if (!input.success) return new Response("Unknown packet.", { status: 404 });
  const result = await getStoredPacketPdf(db, { municipalityId: user.municipalityId, ...input.data });
  if (!result) {
    await recordRefusedAccess(db, { user, arrivalId: input.data.arrivalId, purpose: "packet-download" });
    return new Response("Unknown packet.", { status: 404 });
  }
  await auditAs(db, user, {
    action: "packet.download",
    entityType: "arrival",
    entityId: input.data.arrivalId,
    metadata: { packetId: result.packetId },
  });
  return pdfResponse(result.pdf, result.fileName);
}
