import { z } from "zod";
import { auditAs } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { refreshStoredSteps } from "@/lib/steps/stored-steps";
import { markPacketOutdated } from "@/lib/worklist/packet-state";
import { arrivalVisibleTo } from "./arrival-visibility";
import { toSearchName } from "./search-name";

/** What a merge lets the caseworker choose between, field by field: the record that stays keeps its value or takes the other's. */
export const MERGE_FIELDS = [
  "name",
  "dateOfBirth",
  "nationality",
  "packetLanguage",
  "email",
  "phone",
  "arrivalDate",
  "address",
  "residenceBasis",
  "employerOrSchool",
  "expectedStayMonths",
  "cpr",
  "household",
  "assignedTo",
] as const;
export type TMergeField = (typeof MERGE_FIELDS)[number];
const ZSide = z.enum(["kept", "merged"]);
export type TMergeSide = z.infer<typeof ZSide>;

export const ZMergeInput = z.object({
  arrivalId: z.uuid(),
  otherId: z.uuid(),
  // The versions the caseworker compared: a save since then is a conflict, never merged unseen.
  keptVersion: z.coerce.number().int().min(1),
  otherVersion: z.coerce.number().int().min(1),
  choices: z.object(Object.fromEntries(MERGE_FIELDS.map((field) => [field, ZSide])) as Record<TMergeField, typeof ZSide>),
  confirmed: z.literal("yes"),
});
export type TMergeInput = z.infer<typeof ZMergeInput>;

export type TMergeOutcome = "merged" | "not-found" | "same-record" | "conflict";

const RECORD_SELECT = {
  id: true,
  version: true,
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
  assignedToId: true,
  remindersConsentAt: true,
  remindersConsentSource: true,
} as const satisfies Prisma.ArrivalSelect;
type TRecord = Prisma.ArrivalGetPayload<{ select: typeof RECORD_SELECT }>;

/** The columns each choice decides. */
function chosenColumns(kept: TRecord, merged: TRecord, choices: TMergeInput["choices"]) {
  const from = (field: TMergeField) => (choices[field] === "merged" ? merged : kept);
  const name = from("name");
  const email = from("email");
  return {
    givenName: name.givenName,
    familyName: name.familyName,
    latinName: name.latinName,
    searchName: toSearchName(name.givenName, name.familyName, name.latinName ?? ""),
    dateOfBirth: from("dateOfBirth").dateOfBirth,
    nationality: from("nationality").nationality,
    packetLanguage: from("packetLanguage").packetLanguage,
    email: email.email,
    // Consent to reminders goes with the address it was given for.
    remindersConsentAt: email.remindersConsentAt,
    remindersConsentSource: email.remindersConsentSource,
    phone: from("phone").phone,
    arrivalDate: from("arrivalDate").arrivalDate,
    addressLine: from("address").addressLine,
    postalCode: from("address").postalCode,
    city: from("address").city,
    residenceBasis: from("residenceBasis").residenceBasis,
    employerOrSchool: from("employerOrSchool").employerOrSchool,
    expectedStayMonths: from("expectedStayMonths").expectedStayMonths,
    cprRegistered: from("cpr").cprRegistered,
    cprRegisteredOn: from("cpr").cprRegisteredOn,
    assignedToId: from("assignedTo").assignedToId,
  };
}

/**
 * Merges two records of the same household into the one whose page the caseworker started from:
 * it takes the chosen values, and the other's ticks, notes, packets, links, reminders and (through
 * MergedArrival) audit history follow it. The other record is deleted and its links stop working;
 * its packets stay in the history of the record that stayed. A tick both records have is kept once.
 */
export async function mergeArrivals(db: PrismaClient, options: { user: TActingUser; input: TMergeInput; now?: Date }): Promise<TMergeOutcome> {
  const { user, input } = options;
  const now = options.now ?? new Date();
  if (input.arrivalId === input.otherId) return "same-record";
  return db.$transaction(async (tx) => {
    const [kept, merged] = await Promise.all(
      [input.arrivalId, input.otherId].map((id) => tx.arrival.findFirst({ where: { id, ...arrivalVisibleTo(user) }, select: RECORD_SELECT })),
    );
    if (!kept || !merged) return "not-found";
    if (kept.version !== input.keptVersion || merged.version !== input.otherVersion) return "conflict";
    const keptId = kept.id;
    const mergedId = merged.id;

    if (input.choices.household === "merged") {
      // The other record's household replaces this one's: its people (and their ticks) move over.
      await tx.householdMember.deleteMany({ where: { arrivalId: keptId } });
      await tx.householdMember.updateMany({ where: { arrivalId: mergedId }, data: { arrivalId: keptId } });
    }
    // Ticks and reminders: the other's that this record does not have already; a member's tick moves with its member.
    await tx.$executeRaw`
      UPDATE "StepProgress" p SET "arrivalId" = ${keptId}::uuid
      WHERE p."arrivalId" = ${mergedId}::uuid
        AND (p."householdMemberId" IS NULL OR p."householdMemberId" IN (SELECT id FROM "HouseholdMember" WHERE "arrivalId" = ${keptId}::uuid))
        AND NOT EXISTS (SELECT 1 FROM "StepProgress" q WHERE q."arrivalId" = ${keptId}::uuid AND q."stepKey" = p."stepKey"
                          AND q."householdMemberId" IS NOT DISTINCT FROM p."householdMemberId")`;
    await tx.$executeRaw`
      UPDATE "ReminderDelivery" r SET "arrivalId" = ${keptId}::uuid
      WHERE r."arrivalId" = ${mergedId}::uuid
        AND (r."householdMemberId" IS NULL OR r."householdMemberId" IN (SELECT id FROM "HouseholdMember" WHERE "arrivalId" = ${keptId}::uuid))
        AND NOT EXISTS (SELECT 1 FROM "ReminderDelivery" q WHERE q."arrivalId" = ${keptId}::uuid AND q."stepKey" = r."stepKey"
                          AND q."householdMemberId" IS NOT DISTINCT FROM r."householdMemberId" AND q.deadline = r.deadline)`;
    await tx.arrivalNote.updateMany({ where: { arrivalId: mergedId }, data: { arrivalId: keptId } });
    // The other's links stop working; they and their packets stay as the history of what was sent.
    await tx.personalLink.updateMany({ where: { arrivalId: mergedId, revokedAt: null }, data: { revokedAt: now } });
    await tx.personalLink.updateMany({ where: { arrivalId: mergedId }, data: { arrivalId: keptId } });
    await tx.welcomePacket.updateMany({ where: { arrivalId: mergedId }, data: { arrivalId: keptId } });
    // Records merged into the other before now follow it here, and so does the other itself.
    await tx.mergedArrival.updateMany({ where: { arrivalId: mergedId }, data: { arrivalId: keptId } });
    await tx.mergedArrival.create({ data: { mergedId, arrivalId: keptId, municipalityId: user.municipalityId, mergedAt: now } });

    await tx.arrival.delete({ where: { id: mergedId } });
    await tx.arrival.update({
      where: { id: keptId },
      data: { ...chosenColumns(kept, merged, input.choices), lastWorkedById: user.id, version: { increment: 1 } },
    });
    await refreshStoredSteps(tx, keptId);
    await markPacketOutdated(tx, { arrivalIds: [keptId], now });

    const fromOther = MERGE_FIELDS.filter((field) => input.choices[field] === "merged");
    await auditAs(tx, user, { action: "arrival.merge", entityType: "arrival", entityId: keptId, metadata: { mergedId, fromMerged: fromOther } });
    await auditAs(tx, user, { action: "arrival.merge", entityType: "arrival", entityId: mergedId, metadata: { into: keptId } });
    return "merged";
  });
}
