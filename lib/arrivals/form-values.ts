import { toIsoDate } from "@/lib/dates/iso-date";
import type { TPacketLanguage } from "@/lib/i18n/languages";
import type { TArrivalDetail } from "./get-arrival";
import type { TArrivalFormInput } from "./schemas";

const isoDay = (date: Date | null) => (date ? toIsoDate(date) : "");

/** A blank registration form, with the municipality's own postcode and town and its first packet language filled in. */
export function emptyArrivalFormInput(defaults: { postalCode: string; city: string; today: Date; packetLanguage: TPacketLanguage }): TArrivalFormInput {
  return {
    givenName: "",
    familyName: "",
    latinName: "",
    dateOfBirth: "",
    nationality: "",
    packetLanguage: defaults.packetLanguage,
    email: "",
    phone: "",
    arrivalDate: isoDay(defaults.today),
    addressLine: "",
    postalCode: defaults.postalCode,
    city: defaults.city,
    // Note: no residence basis is preselected, so none is saved by accident.
    residenceBasis: "" as TArrivalFormInput["residenceBasis"],
    employerOrSchool: "",
    expectedStayMonths: "",
    cprRegistered: false,
    cprRegisteredOn: "",
    spouse: null,
    children: [],
  };
}

export function arrivalToFormInput(arrival: TArrivalDetail): TArrivalFormInput {
  const spouse = arrival.householdMembers.find((member) => member.kind === "SPOUSE");
  return {
    givenName: arrival.givenName,
    familyName: arrival.familyName,
    latinName: arrival.latinName ?? "",
    dateOfBirth: isoDay(arrival.dateOfBirth),
    nationality: arrival.nationality,
    packetLanguage: arrival.packetLanguage,
    email: arrival.email ?? "",
    phone: arrival.phone ?? "",
    arrivalDate: isoDay(arrival.arrivalDate),
    addressLine: arrival.addressLine,
    postalCode: arrival.postalCode,
    city: arrival.city,
    residenceBasis: arrival.residenceBasis,
    employerOrSchool: arrival.employerOrSchool ?? "",
    expectedStayMonths: arrival.expectedStayMonths?.toString() ?? "",
    cprRegistered: arrival.cprRegistered,
    cprRegisteredOn: isoDay(arrival.cprRegisteredOn),
    spouse: spouse
      ? {
          id: spouse.id,
          givenName: spouse.givenName,
          familyName: spouse.familyName,
          dateOfBirth: isoDay(spouse.dateOfBirth),
          seekingWork: spouse.seekingWork ?? false,
        }
      : null,
    children: arrival.householdMembers
      .filter((member) => member.kind === "CHILD")
      .map((child) => ({ id: child.id, givenName: child.givenName, familyName: child.familyName, dateOfBirth: isoDay(child.dateOfBirth) })),
  };
}
