import type { TArrivalFormInput } from "./schemas";

/**
 * Reads the registration form's fields (the browser form and a plain HTML post alike) into the
 * schema's input shape. Household rows are named "children.<n>.<field>"; the spouse counts only
 * when "hasSpouse" is ticked.
 */
export function arrivalInputFromFormData(formData: FormData): TArrivalFormInput {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  const childIndexes = new Set<number>();
  for (const key of formData.keys()) {
    const match = /^children\.(\d+)\./.exec(key);
    if (match) childIndexes.add(Number(match[1]));
  }
  return {
    givenName: text("givenName"),
    familyName: text("familyName"),
    latinName: text("latinName"),
    dateOfBirth: text("dateOfBirth"),
    nationality: text("nationality"),
    packetLanguage: text("packetLanguage") as TArrivalFormInput["packetLanguage"],
    email: text("email"),
    phone: text("phone"),
    arrivalDate: text("arrivalDate"),
    addressLine: text("addressLine"),
    postalCode: text("postalCode"),
    city: text("city"),
    residenceBasis: text("residenceBasis") as TArrivalFormInput["residenceBasis"],
    employerOrSchool: text("employerOrSchool"),
    expectedStayMonths: text("expectedStayMonths"),
    cprRegistered: text("cprRegistered") === "yes",
    cprRegisteredOn: text("cprRegistered") === "yes" ? text("cprRegisteredOn") : "",
    spouse:
      text("hasSpouse") === "yes"
        ? {
            id: text("spouse.id"),
            givenName: text("spouse.givenName"),
            familyName: text("spouse.familyName"),
            dateOfBirth: text("spouse.dateOfBirth"),
            seekingWork: text("spouse.seekingWork") === "yes",
          }
        : null,
    children: [...childIndexes]
      .sort((a, b) => a - b)
      .map((index) => ({
        id: text(`children.${index}.id`),
        givenName: text(`children.${index}.givenName`),
        familyName: text(`children.${index}.familyName`),
        dateOfBirth: text(`children.${index}.dateOfBirth`),
      })),
  };
}
