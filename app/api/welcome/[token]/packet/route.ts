import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { ZPacketLanguage } from "@/lib/i18n/languages";
import { clientKeyFrom } from "@/lib/net/client-key";
import { openWelcomeLink } from "@/lib/newcomer/open-welcome-link";
import { getNewcomerPacketPdf } from "@/lib/packet/packet-service";
import { pdfResponse } from "@/lib/packet/pdf-response";

/** The newcomer's PDF download through their personal link, in the language they chose. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const language = ZPacketLanguage.safeParse(new URL(request.url).searchParams.get("language"));
  if (!language.success) return new Response("Unknown language.", { status: 400 });
  const link = await openWelcomeLink(db, { token: (await params).token, clientKey: clientKeyFrom(request.headers) });
  if (link.status === "refused") return new Response("Too many attempts. Try again later.", { status: 429, headers: { "Retry-After": "900" } });
  if (link.status === "invalid") return new Response("This link does not work.", { status: 404 });
  const result = await getNewcomerPacketPdf(
    db,
    { municipalityId: link.municipalityId, arrivalId: link.arrivalId, language: language.data },
    { knownState: link.packetState },
  );
  if (!result) return new Response("This link does not work.", { status: 404 });
  await recordAuditEvent(db, {
    municipalityId: link.municipalityId,
    actorUserId: null,
    action: "packet.download",
    entityType: "arrival",
    entityId: link.arrivalId,
    metadata: { by: "newcomer", language: language.data },
  });
  return pdfResponse(result.pdf, result.fileName);
}
