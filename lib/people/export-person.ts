import { arrivalOfMunicipality } from "@/lib/arrivals/arrival-visibility";
import { auditAs } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import { toIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";

/** Audit metadata that is only about this person: a search's query and the others it showed are not. */
function ownMetadata(metadata: unknown, isAboutThem: boolean): Record<string, unknown> {
  if (!isAboutThem || !metadata || typeof metadata !== "object") return {};
  const { purpose, language, packetId, reason } = metadata as Record<string, unknown>;
  return Object.fromEntries(Object.entries({ purpose, language, packetId, reason }).filter(([, value]) => value !== undefined));
}

/**
 * Everything Ankomst holds about the person an arrival is about, for their right of access (GDPR
 * art. 15): the record and household, the packets sent (not their bytes), the personal links and
 * their use, the steps ticked, the reminders consented to and sent, the caseworkers' notes and who
 * follows the household up, and who read or changed the record and when. Nothing about another
 * person: from a search that showed them, only who searched and when. Null when it is not the
 * administrator's municipality's arrival. The export is itself recorded.
 */
const MEMBER_NAME = { givenName: true, familyName: true } as const;
/** Whom in the household a step was for; null for the household's own steps. */
const memberName = (member: { givenName: string; familyName: string } | null) => (member ? `${member.givenName} ${member.familyName}` : null);

export async function exportPersonData(db: PrismaClient, options: { user: TActingUser; arrivalId: string; now?: Date }) {
  const { user, arrivalId } = options;
  const arrival = await db.arrival.findFirst({
    // Erased records too: the export shows what erasure left.
    where: { id: arrivalId, ...arrivalOfMunicipality(user) },
    include: {
      householdMembers: {
        orderBy: { position: "asc" },
        select: { kind: true, givenName: true, familyName: true, dateOfBirth: true, seekingWork: true, cprRegisteredOn: true },
      },
      packets: { orderBy: { generatedAt: "asc" }, select: { id: true, language: true, generatedAt: true, generatedBy: { select: { name: true } } } },
      links: { orderBy: { createdAt: "asc" }, select: { createdAt: true, expiresAt: true, revokedAt: true, lastOpenedAt: true } },
      stepProgress: { orderBy: { completedAt: "asc" }, select: { stepKey: true, completedAt: true, householdMember: { select: MEMBER_NAME } } },
      reminders: {
        orderBy: { claimedAt: "asc" },
        select: { stepKey: true, deadline: true, sentAt: true, status: true, householdMember: { select: MEMBER_NAME } },
      },
      notes: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { text: true, createdAt: true, author: { select: { name: true } } } },
      assignedTo: { select: { name: true } },
      municipality: { select: { letterName: true } },
    },
  });
  if (!arrival) return null;
  const events = await db.auditEvent.findMany({
    where: {
      municipalityId: user.municipalityId,
      OR: [
        { entityType: "arrival", entityId: arrivalId },
        { action: { in: ["arrival.search", "arrival.duplicate-check"] }, metadata: { path: ["shownIds"], array_contains: [arrivalId] } },
      ],
    },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    select: { occurredAt: true, action: true, entityId: true, metadata: true, actor: { select: { name: true } } },
  });
  await auditAs(db, user, {
    action: "person.export",
    entityType: "arrival",
    entityId: arrivalId,
  });

  const day = (date: Date | null) => (date ? toIsoDate(date) : null);
  return {
    exportedAt: (options.now ?? new Date()).toISOString(),
    controller: arrival.municipality.letterName,
    person: {
      givenName: arrival.givenName,
      familyName: arrival.familyName,
      nameInLatinLetters: arrival.latinName,
      dateOfBirth: day(arrival.dateOfBirth),
      nationality: arrival.nationality,
      email: arrival.email,
      phone: arrival.phone,
      address: { line: arrival.addressLine, postalCode: arrival.postalCode, city: arrival.city },
      packetLanguage: arrival.packetLanguage,
    },
    arrival: {
      id: arrival.id,
      arrivalDate: day(arrival.arrivalDate),
      residenceBasis: arrival.residenceBasis,
      employerOrSchool: arrival.employerOrSchool,
      expectedStayMonths: arrival.expectedStayMonths,
      cprRegistered: arrival.cprRegistered,
      cprRegisteredOn: day(arrival.cprRegisteredOn),
      registeredAt: arrival.createdAt.toISOString(),
      lastChangedAt: arrival.updatedAt.toISOString(),
      anonymisedAt: arrival.anonymisedAt?.toISOString() ?? null,
      assignedTo: arrival.assignedTo?.name ?? null,
    },
    caseworkerNotes: arrival.notes.map((note) => ({ at: note.createdAt.toISOString(), by: note.author?.name ?? null, text: note.text })),
    household: arrival.householdMembers.map((member) => ({ ...member, dateOfBirth: day(member.dateOfBirth), cprRegisteredOn: day(member.cprRegisteredOn) })),
    packetsSent: arrival.packets.map((packet) => ({
      id: packet.id,
      language: packet.language,
      generatedAt: packet.generatedAt.toISOString(),
      by: packet.generatedBy?.name ?? null,
    })),
    personalLinks: arrival.links.map((link) => ({
      createdAt: link.createdAt.toISOString(),
      expiresAt: link.expiresAt.toISOString(),
      revokedAt: link.revokedAt?.toISOString() ?? null,
      lastOpenedAt: link.lastOpenedAt?.toISOString() ?? null,
    })),
    stepsTicked: arrival.stepProgress.map((tick) => ({ step: tick.stepKey, for: memberName(tick.householdMember), at: tick.completedAt.toISOString() })),
    reminders: {
      consentGivenAt: arrival.remindersConsentAt?.toISOString() ?? null,
      consentGiven:
        arrival.remindersConsentSource === "COUNTER" ? "at the counter" : arrival.remindersConsentSource === "NEWCOMER" ? "on the personal page" : null,
      sent: arrival.reminders.map((reminder) => ({
        step: reminder.stepKey,
        for: memberName(reminder.householdMember),
        deadline: day(reminder.deadline),
        sentAt: reminder.sentAt?.toISOString() ?? null,
        status: reminder.status,
      })),
    },
    whoReadOrChangedIt: events.map((event) => ({
      at: event.occurredAt.toISOString(),
      action: event.action,
      by: event.actor?.name ?? null,
      details: ownMetadata(event.metadata, event.entityId === arrivalId),
    })),
  };
}

export type TPersonExport = NonNullable<Awaited<ReturnType<typeof exportPersonData>>>;
