import { arrivalVisibleTo } from "@/lib/arrivals/arrival-visibility";
import { auditAs } from "@/lib/audit/record-audit-event";
import { recordRefusedAccess } from "@/lib/audit/record-refused-access";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";

const ARRIVAL_DETAIL = {
  id: true,
  givenName: true,
  familyName: true,
  latinName: true,
  dateOfBirth: true,
  nationality: true,
  packetLanguage: true,
  email: true,
  phone: true,
  arrivalDate: true,
  addressLine: true,
  postalCode: true,
  city: true,
  residenceBasis: true,
  employerOrSchool: true,
  expectedStayMonths: true,
  cprRegistered: true,
  cprRegisteredOn: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  assignedTo: { select: { id: true, name: true } },
  householdMembers: {
    orderBy: { position: "asc" },
    select: { id: true, kind: true, givenName: true, familyName: true, dateOfBirth: true, seekingWork: true, cprRegisteredOn: true },
  },
} as const;

/**
 * One arrival of the user's municipality, or null (also for another municipality's id, so a
 * guessed id tells nothing). Every read is audited: `purpose` says which screen read it.
 */
export async function getArrival(
  db: PrismaClient,
  options: { user: TActingUser; arrivalId: string; purpose: "view" | "edit" | "print-link" | "rights-request" | "merge" },
) {
  const arrival = await db.arrival.findFirst({
    where: { id: options.arrivalId, ...arrivalVisibleTo(options.user) },
    select: ARRIVAL_DETAIL,
  });
  if (!arrival) {
    await recordRefusedAccess(db, { user: options.user, arrivalId: options.arrivalId, purpose: options.purpose });
    return null;
  }
  await auditAs(db, options.user, {
    action: "arrival.view",
    entityType: "arrival",
    entityId: arrival.id,
    metadata: { purpose: options.purpose },
  });
  return arrival;
}

export type TArrivalDetail = NonNullable<Awaited<ReturnType<typeof getArrival>>>;
