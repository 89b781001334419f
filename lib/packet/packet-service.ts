import { randomUUID } from "node:crypto";
import { personalLinkUrl } from "@/lib/app-url";
import { arrivalVisibleTo } from "@/lib/arrivals/arrival-visibility";
import { auditAs } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import { toIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import { isAppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TPacketLanguage } from "@/lib/i18n/languages";
import { getActivePersonalLink, issuePersonalLink } from "@/lib/links/personal-links";
import { getLogoPng } from "@/lib/municipalities/municipality-logo";
import { notePacketGenerated } from "@/lib/worklist/packet-state";
import { noteWorkedOn } from "@/lib/worklist/worked-on";
import { buildPacket } from "./build-packet";
import { loadPacketInput } from "./load-packet-input";
import { decryptPacketPdf, encryptPacketPdf } from "./packet-encryption";
import { packetDocumentTitle, packetFileName } from "./packet-file-name";
import type { TPacket } from "./packet-model";
import { cachedPacketModel } from "./packet-model-cache";
import { renderPacketPdfOffThread } from "./pdf-render-pool";
import { sealedPdfOf } from "./stored-packet-cache";

type TPacketTarget = { municipalityId: string; arrivalId: string; language: TPacketLanguage };

/** What decides a packet's content besides the day: same state, same packet. */
export type TPacketState = {
  arrivalVersion: number;
  catalogueRevision: number;
  municipalityUpdatedAt: Date;
  link: { id: string; token: string } | null;
};

async function readPacketState(db: PrismaClient, target: TPacketTarget, now: Date): Promise<TPacketState | null> {
  const [arrival, link] = await Promise.all([
    db.arrival.findFirst({
      where: { id: target.arrivalId, ...arrivalVisibleTo(target) },
      select: { version: true, municipality: { select: { catalogueRevision: true, updatedAt: true } } },
    }),
    getActivePersonalLink(db, { ...target, now }),
  ]);
  return arrival
    ? {
        arrivalVersion: arrival.version,
        catalogueRevision: arrival.municipality.catalogueRevision,
        municipalityUpdatedAt: arrival.municipality.updatedAt,
        link,
      }
    : null;
}

/**
 * How packet PDFs are made now: 2 is the tagged PDF/UA document (decision 014). Raise it when a
 * change to the PDF should reach packets whose inputs did not change.
 */
export const PACKET_PDF_FORMAT = 2;

/** A packet's key in the history (the unique index `welcome_packet_cache_key`). */
function cacheKeyOf(target: TPacketTarget, versions: { arrivalVersion: number; catalogueRevision: number }, personalLinkId: string) {
  return {
    arrivalId: target.arrivalId,
    arrivalVersion: versions.arrivalVersion,
    language: target.language,
    catalogueRevision: versions.catalogueRevision,
    personalLinkId,
    pdfFormat: PACKET_PDF_FORMAT,
  };
}

/** The PDF of a packet, with the letterhead's logo the model names (read now: the model is cached without the image). */
async function renderPdf(db: PrismaClient, target: TPacketTarget, packet: TPacket): Promise<Buffer> {
  const { logo } = packet.municipality;
  const logoPng = logo ? await getLogoPng(db, { municipalityId: target.municipalityId, digest: logo.digest }) : null;
  return renderPacketPdfOffThread(packet, logoPng);
}

async function buildPacketNow(db: PrismaClient, target: TPacketTarget, linkToken: string | null, now: Date) {
  const input = await loadPacketInput(db, { ...target, linkUrl: linkToken ? personalLinkUrl(target.language, linkToken) : null, generatedAt: now });
  return input ? { packet: buildPacket(input), arrivalVersion: input.arrivalVersion, catalogueRevision: input.catalogueRevision } : null;
}

/**
 * The packet as it reads today, for the web page. The model is built once per (arrival version,
 * language, catalogue version, link, day) and then served from memory: every input is in the key,
 * so every app instance gives the same answer.
 */
export async function buildCurrentPacket(
  db: PrismaClient,
  target: TPacketTarget,
  options: { now?: Date; knownState?: TPacketState } = {},
): Promise<TPacket | null> {
  const now = options.now ?? new Date();
  const state = options.knownState ?? (await readPacketState(db, target, now));
  if (!state) return null;
  const key = [
    target.arrivalId,
    state.arrivalVersion,
    target.language,
    state.catalogueRevision,
    state.municipalityUpdatedAt.getTime(),
    state.link?.id ?? "no-link",
    toIsoDate(now),
  ].join(":");
  return cachedPacketModel(key, async () => (await buildPacketNow(db, target, state.link?.token ?? null, now))?.packet ?? null);
}

export type TGenerateResult = { packetId: string; isNew: boolean };

/**
 * The caseworker's "Generate": makes sure there is a personal link, then stores the packet made
 * from the arrival's current version, the catalogue and that link. When exactly that packet was
 * made before, it is the one returned: the history lists each distinct packet once.
 */
export async function generateWelcomePacket(
  db: PrismaClient,
  options: { user: TActingUser; arrivalId: string; language: TPacketLanguage; now?: Date },
): Promise<TGenerateResult | null> {
  const now = options.now ?? new Date();
  const target = { municipalityId: options.user.municipalityId, arrivalId: options.arrivalId, language: options.language };
  let state = await readPacketState(db, target, now);
  if (state && !state.link) {
    try {
      await issuePersonalLink(db, { user: options.user, arrivalId: options.arrivalId, now });
    } catch (error) {
      if (isAppError(error, "NOT_FOUND")) return null;
      throw error;
    }
    state = await readPacketState(db, target, now);
  }
  const link = state?.link;
  if (!state || !link) return null;
  // Nothing changed since a packet was generated: that one is the answer, with no build or render.
  const existing = await db.welcomePacket.findUnique({ where: { cacheKey: cacheKeyOf(target, state, link.id) }, select: { id: true } });
  if (existing) {
    await notePacketGenerated(db, { arrivalId: options.arrivalId, arrivalVersion: state.arrivalVersion, personalLinkId: link.id, generatedAt: now });
    await noteWorkedOn(db, { arrivalId: options.arrivalId, userId: options.user.id });
    return { packetId: existing.id, isNew: false };
  }

  const built = await buildPacketNow(db, target, link.token, now);
  if (!built) return null;
  // The versions the packet was actually built from (an edit may have landed since the check above).
  const cacheKey = cacheKeyOf(target, built, link.id);

  const pdf = await renderPdf(db, target, built.packet);
  const packetId = randomUUID();
  try {
    await db.$transaction(async (tx) => {
      await tx.welcomePacket.create({
        data: { id: packetId, ...cacheKey, generatedById: options.user.id, generatedAt: now, pdf: encryptPacketPdf(pdf, packetId) },
      });
      await notePacketGenerated(tx, { arrivalId: options.arrivalId, arrivalVersion: cacheKey.arrivalVersion, personalLinkId: link.id, generatedAt: now });
      await noteWorkedOn(tx, { arrivalId: options.arrivalId, userId: options.user.id });
      await auditAs(tx, options.user, {
        action: "packet.generate",
        entityType: "arrival",
        entityId: options.arrivalId,
        metadata: { packetId, language: options.language },
      });
    });
  } catch (error) {
    // Two "Generate" clicks racing: the unique cache key lets one insert win; both get that packet.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await db.welcomePacket.findUniqueOrThrow({ where: { cacheKey }, select: { id: true } });
      return { packetId: winner.id, isNew: false };
    }
    throw error;
  }
  return { packetId, isNew: true };
}

/** A stored packet's PDF, byte for byte as it was generated; null when it is not this municipality's. */
export async function getStoredPacketPdf(db: PrismaClient, options: { municipalityId: string; arrivalId: string; packetId: string }) {
  const stored = await db.welcomePacket.findFirst({
    where: { id: options.packetId, arrivalId: options.arrivalId, arrival: arrivalVisibleTo(options) },
    select: {
      id: true,
      language: true,
      arrival: { select: { givenName: true, familyName: true, municipality: { select: { name: true } } } },
    },
  });
  if (!stored) return null;
  const sealed = await sealedPdfOf(
    stored.id,
    async () => (await db.welcomePacket.findUnique({ where: { id: stored.id }, select: { pdf: true } }))?.pdf ?? null,
  );
  // Deleted between the two reads (anonymised, erased): as if it had never been there.
  if (!sealed) return null;
  const { arrival } = stored;
  return {
    packetId: stored.id,
    pdf: decryptPacketPdf(sealed, stored.id),
    fileName: packetFileName(packetDocumentTitle(stored.language, arrival.municipality.name, `${arrival.givenName} ${arrival.familyName}`)),
  };
}

/**
 * The newcomer's PDF in a language: the stored packet when the caseworker generated exactly this
 * one (same arrival version, catalogue and link), else rendered now and not stored: a download is
 * not a packet sent, and only "Generate" adds to the history.
 */
export async function getNewcomerPacketPdf(db: PrismaClient, target: TPacketTarget, options: { now?: Date; knownState?: TPacketState } = {}) {
  const now = options.now ?? new Date();
  const state = options.knownState ?? (await readPacketState(db, target, now));
  if (!state?.link) return null;
  const stored = await db.welcomePacket.findUnique({ where: { cacheKey: cacheKeyOf(target, state, state.link.id) }, select: { id: true } });
  if (stored) return getStoredPacketPdf(db, { municipalityId: target.municipalityId, arrivalId: target.arrivalId, packetId: stored.id });
  const packet = await buildCurrentPacket(db, target, { now, knownState: state });
  if (!packet) return null;
  return { packetId: null, pdf: await renderPdf(db, target, packet), fileName: packetFileName(packet.documentTitle) };
}

/** Generated packets of an arrival, newest first, with who made them and whether the link they print still works. */
export async function listGeneratedPackets(db: PrismaClient, options: { municipalityId: string; arrivalId: string; now?: Date }) {
  const now = options.now ?? new Date();
  const rows = await db.welcomePacket.findMany({
    where: { arrivalId: options.arrivalId, arrival: arrivalVisibleTo(options) },
    orderBy: { generatedAt: "desc" },
    take: 20,
    select: {
      id: true,
      language: true,
      generatedAt: true,
      arrivalVersion: true,
      catalogueRevision: true,
      generatedBy: { select: { name: true } },
      personalLink: { select: { revokedAt: true, expiresAt: true } },
    },
  });
  return rows.map(({ personalLink, ...row }) => ({ ...row, isLinkValid: !personalLink.revokedAt && personalLink.expiresAt > now }));
}
