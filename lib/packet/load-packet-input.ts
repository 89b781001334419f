import { arrivalVisibleTo } from "@/lib/arrivals/arrival-visibility";
import { danishDayOf, toIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MASTER_LANGUAGE, type TPacketLanguage } from "@/lib/i18n/languages";
import { localizedText } from "@/lib/i18n/localized-text";
import { toLogoReference } from "@/lib/municipalities/municipality-logo";
import { officeHoursIn } from "@/lib/municipalities/weekly-hours";
import { STEP_DEFINITION_SELECT } from "../steps/load-step-definitions";
import { stepContextOf } from "../steps/step-context";
import type { TRuleHousehold } from "../steps/step-rules";
import type { TBuildPacketInput, TStepText } from "./build-packet";

export type THouseholdRecord = {
  /** When the household was registered: its Danish day is the "registered on" of late deadlines. */
  createdAt: Date;
  arrivalDate: Date;
  dateOfBirth: Date;
  residenceBasis: TRuleHousehold["residenceBasis"];
  employerOrSchool: string | null;
  expectedStayMonths: number | null;
  cprRegistered: boolean;
  householdMembers: {
    id: string;
    kind: "SPOUSE" | "CHILD";
    givenName: string;
    familyName: string;
    dateOfBirth: Date | null;
    seekingWork: boolean | null;
    cprRegisteredOn?: Date | null;
  }[];
};

/** The columns a THouseholdRecord is read with: everything the step rules look at. */
export const HOUSEHOLD_RECORD_SELECT = {
  createdAt: true,
  arrivalDate: true,
  dateOfBirth: true,
  residenceBasis: true,
  employerOrSchool: true,
  expectedStayMonths: true,
  cprRegistered: true,
  householdMembers: {
    orderBy: { position: "asc" },
    select: { id: true, kind: true, givenName: true, familyName: true, dateOfBirth: true, seekingWork: true, cprRegisteredOn: true },
  },
} as const satisfies Prisma.ArrivalSelect;

/** What the step rules read, from an arrival row with its household members (in their order). */
export function toRuleHousehold(arrival: THouseholdRecord): TRuleHousehold {
  const spouse = arrival.householdMembers.find((member) => member.kind === "SPOUSE");
  return {
    arrivalDate: toIsoDate(arrival.arrivalDate),
    dateOfBirth: toIsoDate(arrival.dateOfBirth),
    residenceBasis: arrival.residenceBasis,
    hasEmployerOrSchool: Boolean(arrival.employerOrSchool),
    expectedStayMonths: arrival.expectedStayMonths,
    cprRegistered: arrival.cprRegistered,
    spouse: spouse
      ? {
          id: spouse.id,
          givenName: spouse.givenName,
          familyName: spouse.familyName,
          dateOfBirth: spouse.dateOfBirth ? toIsoDate(spouse.dateOfBirth) : null,
          seekingWork: spouse.seekingWork ?? false,
          cprRegistered: Boolean(spouse.cprRegisteredOn),
        }
      : null,
    children: arrival.householdMembers.flatMap((member) =>
      member.kind === "CHILD" && member.dateOfBirth
        ? [
            {
              id: member.id,
              givenName: member.givenName,
              familyName: member.familyName,
              dateOfBirth: toIsoDate(member.dateOfBirth),
              cprRegistered: Boolean(member.cprRegisteredOn),
            },
          ]
        : [],
    ),
    registeredOn: danishDayOf(arrival.createdAt),
  };
}

/** A text in the wanted language, else the Danish master. */
export function textIn<T extends { language: string }>(texts: T[], language: TPacketLanguage): T | undefined {
  return texts.find((text) => text.language === language) ?? texts.find((text) => text.language === MASTER_LANGUAGE);
}

/**
 * Everything a packet is built from, read for one arrival of the given municipality (null when the
 * arrival is not there). A step without text in the packet's language uses the Danish master.
 */
export async function loadPacketInput(
  db: PrismaClient,
  options: { municipalityId: string; arrivalId: string; language: TPacketLanguage; linkUrl: string | null; generatedAt: Date },
): Promise<(TBuildPacketInput & { arrivalVersion: number }) | null> {
  const arrival = await db.arrival.findFirst({
    where: { id: options.arrivalId, ...arrivalVisibleTo(options) },
    include: {
      householdMembers: { orderBy: { position: "asc" } },
      municipality: { include: { offices: { orderBy: { position: "asc" } }, logo: { select: { digest: true, width: true, height: true } } } },
    },
  });
  if (!arrival) return null;
  // One read of the catalogue for the steps' rules and their texts; the offices came with the arrival.
  const steps = await db.catalogueStep.findMany({
    where: { municipalityId: options.municipalityId, isActive: true },
    select: { ...STEP_DEFINITION_SELECT, texts: { where: { language: { in: [options.language, "da"] } } } },
  });
  const stepContext = stepContextOf(steps, arrival.municipality.offices);
  const texts: Partial<Record<string, TStepText>> = {};
  for (const step of steps) {
    const text = textIn(step.texts, options.language);
    if (text) texts[step.key] = text;
  }
  const { municipality } = arrival;
  return {
    language: options.language,
    arrivalVersion: arrival.version,
    municipality: {
      name: municipality.name,
      letterName: municipality.letterName,
      addressLine: municipality.addressLine,
      postalCode: municipality.postalCode,
      city: municipality.city,
      phone: municipality.phone,
      email: municipality.email,
      website: municipality.website,
      signatoryName: municipality.signatoryName,
      signatoryTitle: localizedText(municipality.signatoryTitles, options.language),
      logo: municipality.logo ? toLogoReference(municipality.id, municipality.logo) : null,
    },
    offices: municipality.offices.map((office) => ({
      id: office.id,
      name: office.name,
      // A national body has no address of its own to visit.
      address: office.addressLine ? `${office.addressLine}, ${office.postalCode} ${office.city}` : "",
      phone: office.phone,
      email: office.email,
      hours: officeHoursIn(office, options.language),
      website: office.website,
      isNational: office.kind === "NATIONAL",
    })),
    person: {
      givenName: arrival.givenName,
      familyName: arrival.familyName,
      latinName: arrival.latinName,
      addressLine: arrival.addressLine,
      postalCode: arrival.postalCode,
      city: arrival.city,
      nationality: arrival.nationality,
    },
    household: toRuleHousehold(arrival),
    steps: stepContext,
    texts,
    linkUrl: options.linkUrl,
    catalogueRevision: municipality.catalogueRevision,
    catalogueUpdatedAt: municipality.catalogueUpdatedAt,
    generatedAt: options.generatedAt,
  };
}
