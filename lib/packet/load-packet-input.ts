import type { PrismaClient } from "@/lib/db-client";
import { openingHoursIn } from "@/lib/welcome/get-public-municipality";
import type { TBuildPacketInput, TStepText } from "./build-packet";
import type { TPacketLanguage } from "./packet-model";
import { isStepKey, type TStepKey } from "./step-keys";

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Everything a packet is built from, read for one arrival of the given municipality (null when the
 * arrival is not there). A step without text in the packet's language uses the Danish master.
 */
export async function loadPacketInput(
  db: PrismaClient,
  options: { municipalityId: string; arrivalId: string; language: TPacketLanguage; linkUrl: string | null; generatedAt: Date },
): Promise<(TBuildPacketInput & { arrivalVersion: number }) | null> {
  const arrival = await db.arrival.findFirst({
    where: { id: options.arrivalId, municipalityId: options.municipalityId, anonymisedAt: null },
    include: { householdMembers: { orderBy: { position: "asc" } }, municipality: { include: { offices: { orderBy: { position: "asc" } } } } },
  });
  if (!arrival) return null;
  const steps = await db.catalogueStep.findMany({
    where: { municipalityId: options.municipalityId, isActive: true },
    select: { key: true, texts: { where: { language: { in: [options.language, "da"] } } } },
  });
  const texts: Partial<Record<TStepKey, TStepText>> = {};
  for (const step of steps) {
    const text = step.texts.find((candidate) => candidate.language === options.language) ?? step.texts.find((candidate) => candidate.language === "da");
    if (text && isStepKey(step.key)) texts[step.key] = text;
  }
  const { municipality } = arrival;
  const spouse = arrival.householdMembers.find((member) => member.kind === "SPOUSE");
  return {
    language: options.language,
    arrivalVersion: arrival.version,
    municipality: {
      name: municipality.name,
      addressLine: municipality.addressLine,
      postalCode: municipality.postalCode,
      city: municipality.city,
      phone: municipality.phone,
      email: municipality.email,
      website: municipality.website,
      signatoryName: municipality.signatoryName,
      signatoryTitle: municipality.signatoryTitle,
    },
    offices: municipality.offices.map((office) => ({
      name: office.name,
      address: `${office.addressLine}, ${office.postalCode} ${office.city}`,
      phone: office.phone,
      hours: openingHoursIn(office.openingHours, options.language),
    })),
    person: {
      givenName: arrival.givenName,
      familyName: arrival.familyName,
      addressLine: arrival.addressLine,
      postalCode: arrival.postalCode,
      city: arrival.city,
    },
    household: {
      arrivalDate: isoDay(arrival.arrivalDate),
      dateOfBirth: isoDay(arrival.dateOfBirth),
      residenceBasis: arrival.residenceBasis,
      hasEmployerOrSchool: Boolean(arrival.employerOrSchool),
      expectedStayMonths: arrival.expectedStayMonths,
      cprRegistered: arrival.cprRegistered,
      spouse: spouse ? { givenName: spouse.givenName, familyName: spouse.familyName, seekingWork: spouse.seekingWork ?? false } : null,
      children: arrival.householdMembers
        .filter((member) => member.kind === "CHILD" && member.dateOfBirth)
        .map((child) => ({ id: child.id, givenName: child.givenName, familyName: child.familyName, dateOfBirth: isoDay(child.dateOfBirth!) })),
    },
    texts,
    linkUrl: options.linkUrl,
    catalogueVersion: municipality.catalogueVersion,
    generatedAt: options.generatedAt,
  };
}
