import "server-only";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { perLanguageJson, perLanguageValues } from "@/lib/i18n/per-language-fields";
import { type TOffice, type TOfficeInput, type TWeekdayField, WEEKDAYS } from "./office-schema";
import { recordMunicipalityChange } from "./record-municipality-change";
import { weeklyHoursOf } from "./weekly-hours";

export async function listOffices(db: PrismaClient, municipalityId: string) {
  return db.office.findMany({
    where: { municipalityId },
    orderBy: { position: "asc" },
    select: { id: true, name: true, kind: true, addressLine: true, postalCode: true, city: true },
  });
}

/** One office of the municipality as its form shows it, or null. */
export async function getOfficeForEditing(db: PrismaClient, options: { municipalityId: string; officeId: string }): Promise<TOfficeInput | null> {
  const office = await db.office.findFirst({ where: { id: options.officeId, municipalityId: options.municipalityId } });
  if (!office) return null;
  const weekly = weeklyHoursOf(office.weeklyHours);
  return {
    ...(Object.fromEntries(
      WEEKDAYS.flatMap((day) => [
        [`from_${day}`, weekly?.[day]?.[0]?.from ?? ""],
        [`to_${day}`, weekly?.[day]?.[0]?.to ?? ""],
      ]),
    ) as Record<TWeekdayField, string>),
    kind: office.kind,
    name: office.name,
    website: office.website ?? "",
    addressLine: office.addressLine,
    postalCode: office.postalCode,
    city: office.city,
    phone: office.phone ?? "",
    email: office.email ?? "",
    ...perLanguageValues("hours", office.openingHours),
  };
}

function columnsOf(office: TOffice) {
  const openingHours = perLanguageJson("hours", office);
  const weeklyHours = WEEKDAYS.map((day) => {
    const from = office[`from_${day}`];
    const to = office[`to_${day}`];
    return from && to ? [{ from, to }] : [];
  });
  return {
    kind: office.kind,
    name: office.name,
    website: office.website,
    addressLine: office.addressLine,
    postalCode: office.postalCode,
    city: office.city,
    phone: office.phone,
    email: office.email,
    openingHours,
    // No day given: the office's hours are not known (its steps' deadlines fall on working days).
    weeklyHours: weeklyHours.some((day) => day.length > 0) ? weeklyHours : Prisma.DbNull,
  };
}

/**
 * Every change to the offices: the next packet is made anew, the households' stored deadlines are
 * computed again by the steps-refresh job (an office's opening days move its steps' deadlines), and
 * it is audited.
 */
async function changed(tx: Prisma.TransactionClient, admin: TActingUser, change: string, officeId: string) {
  await tx.municipality.update({ where: { id: admin.municipalityId }, data: { stepRulesRevision: { increment: 1 } } });
  await recordMunicipalityChange(tx, { admin, isShownInPackets: true, metadata: { part: "offices", change, officeId } });
}

/** A new office, last in the order. */
export async function createOffice(db: PrismaClient, options: { admin: TActingUser; office: TOffice }): Promise<string> {
  return db.$transaction(async (tx) => {
    const last = await tx.office.aggregate({ where: { municipalityId: options.admin.municipalityId }, _max: { position: true } });
    const { id } = await tx.office.create({
      data: { ...columnsOf(options.office), municipalityId: options.admin.municipalityId, position: (last._max.position ?? -1) + 1 },
      select: { id: true },
    });
    await changed(tx, options.admin, "create", id);
    return id;
  });
}

/** Saves an office of the administrator's own municipality; false when there is no such office there. */
export async function updateOffice(db: PrismaClient, options: { admin: TActingUser; officeId: string; office: TOffice }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const updated = await tx.office.updateMany({
      where: { id: options.officeId, municipalityId: options.admin.municipalityId },
      data: columnsOf(options.office),
    });
    if (updated.count === 0) return false;
    await changed(tx, options.admin, "update", options.officeId);
    return true;
  });
}

/** Removes an office of the administrator's own municipality; false when there is no such office there. */
export async function deleteOffice(db: PrismaClient, options: { admin: TActingUser; officeId: string }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const deleted = await tx.office.deleteMany({ where: { id: options.officeId, municipalityId: options.admin.municipalityId } });
    if (deleted.count === 0) return false;
    await changed(tx, options.admin, "delete", options.officeId);
    return true;
  });
}

/** Moves an office one place up or down in the order the packet and the public page list them. */
export async function moveOffice(db: PrismaClient, options: { admin: TActingUser; officeId: string; direction: "up" | "down" }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const offices = await tx.$queryRaw<{ id: string; position: number }[]>`
      SELECT id, position FROM "Office" WHERE "municipalityId" = ${options.admin.municipalityId}::uuid ORDER BY position, id FOR UPDATE`;
    const index = offices.findIndex((office) => office.id === options.officeId);
    if (index === -1) return false;
    const swapWith = options.direction === "up" ? index - 1 : index + 1;
    if (swapWith < 0 || swapWith >= offices.length) return true;
    const order = offices.map((office) => office.id);
    [order[index], order[swapWith]] = [order[swapWith]!, order[index]!];
    for (const [position, id] of order.entries()) await tx.office.update({ where: { id }, data: { position } });
    await changed(tx, options.admin, `move-${options.direction}`, options.officeId);
    return true;
  });
}
