import { personalLinkUrl } from "@/lib/app-url";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { PrismaClient } from "@/lib/db-client";
import { getActivePersonalLink, issuePersonalLink } from "@/lib/links/personal-links";
import { buildPacket } from "./build-packet";
import { loadPacketInput } from "./load-packet-input";
import type { TPacket, TPacketLanguage } from "./packet-model";
import { renderPacketPdfOffThread } from "./pdf-render-pool";

type TPacketTarget = { municipalityId: string; arrivalId: string; language: TPacketLanguage };

/** The packet as it would be made now, for the web page; null when the arrival is not in the municipality. */
export async function buildCurrentPacket(
  db: PrismaClient,
  target: TPacketTarget,
): Promise<(TPacket & { arrivalVersion: number; catalogueVersion: number }) | null> {
  const link = await getActivePersonalLink(db, target);
  const input = await loadPacketInput(db, { ...target, linkUrl: link ? personalLinkUrl(target.language, link.token) : null, generatedAt: new Date() });
  return input ? { ...buildPacket(input), arrivalVersion: input.arrivalVersion, catalogueVersion: input.catalogueVersion } : null;
}

/**
 * The packet PDF. A repeat download of an unchanged packet (same arrival version, language,
 * catalogue version and link) is served from the stored copy instead of being rendered again.
 */
export async function getPacketPdf(db: PrismaClient, target: TPacketTarget & { actorUserId: string | null; isNewVersion?: boolean }) {
  const packet = await buildCurrentPacket(db, target);
  if (!packet) return null;
  const fileName = `${packet.documentTitle.replace(/[^\p{L}\p{N} -]+/gu, "").trim()}.pdf`;
  if (!target.isNewVersion) {
    const cached = await db.welcomePacket.findFirst({
      where: {
        arrivalId: target.arrivalId,
        language: target.language,
        arrivalVersion: packet.arrivalVersion,
        catalogueVersion: String(packet.catalogueVersion),
        pdf: { not: null },
      },
      orderBy: { generatedAt: "desc" },
      select: { id: true, pdf: true },
    });
    if (cached?.pdf) return { packetId: cached.id, pdf: Buffer.from(cached.pdf), fileName, isCached: true };
  }
  const pdf = await renderPacketPdfOffThread(packet);
  const stored = await db.welcomePacket.create({
    data: {
      arrivalId: target.arrivalId,
      language: target.language,
      arrivalVersion: packet.arrivalVersion,
      catalogueVersion: String(packet.catalogueVersion),
      generatedById: target.actorUserId,
      pdf: new Uint8Array(pdf),
      pdfRenderedAt: new Date(),
    },
    select: { id: true },
  });
  return { packetId: stored.id, pdf, fileName, isCached: false };
}

/** The caseworker's "Generate welcome packet": makes sure there is a personal link, renders anew and audits it. */
export async function generateWelcomePacket(
  db: PrismaClient,
  options: { user: { id: string; municipalityId: string }; arrivalId: string; language: TPacketLanguage },
) {
  const target = { municipalityId: options.user.municipalityId, arrivalId: options.arrivalId, language: options.language };
  if (!(await getActivePersonalLink(db, target))) await issuePersonalLink(db, { user: options.user, arrivalId: options.arrivalId });
  const result = await getPacketPdf(db, { ...target, actorUserId: options.user.id, isNewVersion: true });
  if (!result) return null;
  await recordAuditEvent(db, {
    municipalityId: options.user.municipalityId,
    actorUserId: options.user.id,
    action: "packet.generate",
    entityType: "arrival",
    entityId: options.arrivalId,
    metadata: { packetId: result.packetId, language: options.language },
  });
  return result;
}

/** Generated packets of an arrival, newest first: when, in which language and by whom. */
export async function listGeneratedPackets(db: PrismaClient, options: { municipalityId: string; arrivalId: string }) {
  return db.welcomePacket.findMany({
    where: { arrivalId: options.arrivalId, arrival: { municipalityId: options.municipalityId }, generatedById: { not: null } },
    orderBy: { generatedAt: "desc" },
    take: 10,
    select: { id: true, language: true, generatedAt: true, arrivalVersion: true, catalogueVersion: true, generatedBy: { select: { name: true } } },
  });
}
