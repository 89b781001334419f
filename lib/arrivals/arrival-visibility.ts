import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The arrivals a municipality's staff may read and change: their own municipality's, never one
 * whose personal data retention or an erasure has removed. Every query of an arrival (or of what
 * hangs off one: packets, ticks, reminders) filters through this, so none can forget either half.
 * The administrator's views of erased records (the people register, the audit log) ask for
 * `arrivalOfMunicipality` instead, and say why.
 */
export function arrivalVisibleTo(viewer: { municipalityId: string }): Prisma.ArrivalWhereInput {
  return { municipalityId: viewer.municipalityId, anonymisedAt: null };
}

/** Any arrival of the municipality, erased ones too: only for the views that show what erasure left. */
export function arrivalOfMunicipality(viewer: { municipalityId: string }): Prisma.ArrivalWhereInput {
  return { municipalityId: viewer.municipalityId };
}
