import type { PrismaClient } from "@/lib/db-client";
import { logEvent } from "@/lib/log/log-event";
import { anonymiseExpiredArrivals } from "./anonymise-arrivals";

const AUDIT_PURGE_BATCH = 10_000;

export type TMunicipalityCounts = Record<string, { anonymised: number; auditRowsPurged: number }>;

/** Deletes one municipality's audit rows past its audit retention, through the one function allowed to (decision 010). */
export async function purgeExpiredAuditRows(db: PrismaClient, municipalityId: string): Promise<number> {
  let total = 0;
  for (;;) {
    const [{ purged }] = await db.$queryRaw<[{ purged: number }]>`SELECT audit_purge_expired(${municipalityId}::uuid, ${AUDIT_PURGE_BATCH}::int) AS purged`;
    total += purged;
    if (purged < AUDIT_PURGE_BATCH) return total;
  }
}

/**
 * One run of the retention job: anonymise what is past its retention period, purge expired audit
 * rows, and record the run with its counts, in total and per municipality, for administrators.
 * Safe to run again at any time.
 */
export async function runRetention(db: PrismaClient, options: { now?: Date } = {}) {
  const run = await db.retentionRun.create({ data: {}, select: { id: true } });
  try {
    const anonymisedBy = await anonymiseExpiredArrivals(db, { now: options.now });
    const perMunicipality: TMunicipalityCounts = {};
    for (const { id } of await db.municipality.findMany({ select: { id: true } })) {
      perMunicipality[id] = { anonymised: anonymisedBy.get(id) ?? 0, auditRowsPurged: await purgeExpiredAuditRows(db, id) };
    }
    const counts = Object.values(perMunicipality);
    const anonymised = counts.reduce((sum, count) => sum + count.anonymised, 0);
    const auditRowsPurged = counts.reduce((sum, count) => sum + count.auditRowsPurged, 0);
    logEvent("info", "retention.finished", { anonymised, auditRowsPurged });
    return await db.retentionRun.update({
      where: { id: run.id },
      data: { status: "finished", finishedAt: new Date(), anonymised, auditRowsPurged, perMunicipality },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.retentionRun.update({ where: { id: run.id }, data: { status: "failed", finishedAt: new Date(), error: message.slice(0, 500) } }).catch(() => {});
    throw error;
  }
}

/** The latest runs, newest first, with one municipality's counts (an administrator sees only their own). */
export async function listRetentionRuns(db: PrismaClient, options: { municipalityId: string; take?: number }) {
  const runs = await db.retentionRun.findMany({ orderBy: { startedAt: "desc" }, take: options.take ?? 10 });
  return runs.map(({ perMunicipality, anonymised: _total, auditRowsPurged: _purged, ...run }) => {
    const own = (perMunicipality as TMunicipalityCounts)[options.municipalityId];
    return { ...run, anonymised: own?.anonymised ?? 0, auditRowsPurged: own?.auditRowsPurged ?? 0 };
  });
}

/** How long a municipality keeps personal data and its audit log. */
export function getRetentionPeriods(db: PrismaClient, municipalityId: string) {
  return db.municipality.findUniqueOrThrow({ where: { id: municipalityId }, select: { retentionMonths: true, auditRetentionMonths: true } });
}
