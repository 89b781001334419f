import { createTranslator } from "next-intl";
import { fromIsoDate, type TIsoDate, toIsoDate } from "@/lib/dates/iso-date";
import { ALL_MESSAGES } from "@/lib/i18n/all-messages";
import { DATE_LOCALE, type TPacketLanguage } from "@/lib/i18n/languages";
import { paragraphsOf } from "@/lib/text/paragraphs";
import { nameLanguagesOf } from "@/lib/text/script-language";
import type { TStepContext } from "../steps/step-context";
import { STEP_SECTIONS } from "../steps/step-definition";
import {
  applicableStepId,
  computeApplicableSteps,
  fillSubject,
  stepMemberId,
  stepTitle,
  subjectName,
  type TApplicableStep,
  type TRuleHousehold,
} from "../steps/step-rules";
import { packetDocumentTitle } from "./packet-file-name";
import type { TPacket, TPacketStep } from "./packet-model";

export type TStepText = {
  title: string;
  body: string;
  whereName: string | null;
  whereAddress: string | null;
  whereHours: string | null;
  wherePhone: string | null;
  whereUrl: string | null;
  sourceUrl: string | null;
};

export type TBuildPacketInput = {
  language: TPacketLanguage;
  municipality: TPacket["municipality"];
  /**
   * The municipality's offices and the national bodies its steps are done at, in the packet's
   * language: the offices make the contacts table, and each is the place of the steps done there.
   */
  offices: {
    id: string;
    name: string;
    address: string;
    phone: string | null;
    email: string | null;
    hours: string | null;
    website?: string | null;
    isNational?: boolean;
  }[];
  person: {
    givenName: string;
    familyName: string;
    /** How the name is written in Latin letters, when it is written in another script: the envelope's address uses it. */
    latinName?: string | null;
    addressLine: string;
    postalCode: string;
    city: string;
    nationality: string | null;
  };
  household: TRuleHousehold & { spouse: (TRuleHousehold["spouse"] & { dateOfBirth?: string | null }) | null };
  /** The municipality's active steps, in packet order, and when their places are open. */
  steps: TStepContext;
  /** The catalogue's texts in the packet's language by step key (a missing translation falls back to Danish before this). */
  texts: Partial<Record<string, TStepText>>;
  linkUrl: string | null;
  catalogueRevision: number;
  /** When the catalogue last changed: the footer tells the newcomer how current the information is. */
  catalogueUpdatedAt: Date;
  generatedAt: Date;
};

/** Builds the packet in exactly one language, passed in: two packets in different languages can be built at once. */
export function buildPacket(input: TBuildPacketInput): TPacket {
  const t = createTranslator({ locale: input.language, messages: ALL_MESSAGES[input.language], namespace: "packet" });
  const dateFormat = new Intl.DateTimeFormat(DATE_LOCALE[input.language], { dateStyle: "long", timeZone: "UTC" });
  const formatDate = (iso: TIsoDate) => dateFormat.format(fromIsoDate(iso));
  const generatedDay = toIsoDate(input.generatedAt);
  // A deadline already past on the letter's date is still worth doing: say so, with the date it had.
  const deadlineLabel = (deadline: TIsoDate | null) =>
    !deadline ? t("noDeadline") : deadline < generatedDay ? t("deadlineAsap", { date: formatDate(deadline) }) : t("deadline", { date: formatDate(deadline) });
  const { person, household, municipality } = input;
  const newcomerName = fullName(person);
  // One form of address per letter: plural where the language has one and the letter is to a couple.
  const audience = household.spouse ? "couple" : "one";

  const sectionOf = new Map(input.steps.definitions.map((definition) => [definition.key, definition.section]));
  const officeById = new Map(input.offices.map((office) => [office.id, office]));
  const placeOf = new Map(input.steps.definitions.map((definition) => [definition.key, definition.placeId ? officeById.get(definition.placeId) : undefined]));
  const steps = computeApplicableSteps(household, input.steps.definitions, { today: generatedDay, isOpenDay: input.steps.isOpenDay }).flatMap((step) => {
    const text = input.texts[step.key];
    return text ? [toPacketStep(step, text)] : [];
  });

  function toPacketStep(step: TApplicableStep, text: TStepText): TPacketStep {
    const forName = subjectName(step);
    const fill = (value: string) => fillSubject(value, step);
    const notes = [
      ...(step.options?.receptionClass && forName ? [t("receptionClass", { name: forName })] : []),
      ...(step.options?.internationalSchool ? [t("internationalSchool")] : []),
    ];
    return {
      id: applicableStepId(step),
      key: step.key,
      memberId: stepMemberId(step),
      title: stepTitle(text.title, step),
      paragraphs: paragraphsOf(fill(text.body)),
      notes,
      forName,
      deadline: step.deadline,
      deadlineLabel: deadlineLabel(step.deadline),
      where: whereOf(placeOf.get(step.key), text),
      sourceUrl: text.sourceUrl,
    };
  }

  const adults = [newcomerName, ...(household.spouse ? [fullName(household.spouse)] : [])];
  const childNames = household.children.map(fullName);
  return {
    language: input.language,
    documentTitle: packetDocumentTitle(input.language, municipality.name, newcomerName),
    subject: t("subject"),
    municipality,
    // The address block is read by the postal service: in Latin letters where the name has them; the greeting keeps the name as written.
    recipient: { name: person.latinName || newcomerName, addressLine: person.addressLine, postalCode: person.postalCode, city: person.city },
    nameLanguages: nameLanguagesOf([...adults, ...childNames], { documentLanguage: input.language, nationality: person.nationality }),
    dateLabel: formatDate(generatedDay),
    letterHeading: t("letterHeading", { municipality: municipality.name }),
    greeting: t("dear", { names: greetingNames([person, ...(household.spouse ? [household.spouse] : [])], input.language) }),
    welcome: t("welcome", { municipality: municipality.name, audience }),
    coversHeading: t("covers"),
    covers: [
      t("coversNewcomer", { name: newcomerName }),
      ...(household.spouse ? [t("coversSpouse", { name: fullName(household.spouse) })] : []),
      ...household.children.map((child) => t("coversChild", { name: fullName(child), date: formatDate(child.dateOfBirth) })),
    ],
    link: {
      heading: t("personalLink", { audience }),
      text: t("personalLinkText", { audience }),
      url: input.linkUrl,
      noLinkText: t("noLink", { audience }),
      qrAlt: t("qrAlt", { url: input.linkUrl ?? "", audience }),
    },
    regards: t("regards"),
    stepsHeading: t("yourSteps", { audience }),
    sections: STEP_SECTIONS.map((id) => ({
      id,
      heading: t(`sections.${id}`, { audience }),
      steps: steps.filter((step) => sectionOf.get(step.key) === id),
    })).filter((section) => section.steps.length > 0),
    contacts: {
      heading: t("contacts"),
      columns: { place: t("contactPlace"), address: t("contactAddress"), reach: t("contactReach"), hours: t("contactHours") },
      // The municipality's own offices; a national body is named at its steps.
      offices: input.offices.filter((office) => !office.isNational).map(({ name, address, phone, email, hours }) => ({ name, address, phone, email, hours })),
    },
    labels: { where: t("where"), readMore: t("readMore"), done: t("done"), pageTemplate: t("page", { page: "{page}", total: "{total}" }) },
    footerStamp: t("updated", { date: formatDate(toIsoDate(input.catalogueUpdatedAt)) }),
  };
}

/**
 * Where a step is done: its office as Settings has it now, in the packet's language (so an edit of
 * the office shows in every step at once), with the text's link; or, for a step at no office (a
 * bank, a national body), the place its text names.
 */
function whereOf(office: TBuildPacketInput["offices"][number] | undefined, text: TStepText): TPacketStep["where"] {
  if (!office) {
    return {
      whereName: text.whereName,
      whereAddress: text.whereAddress,
      whereHours: text.whereHours,
      wherePhone: text.wherePhone,
      whereEmail: null,
      whereUrl: text.whereUrl,
    };
  }
  return {
    whereName: office.name,
    // The text's place field is, for a step at an office, a note on it.
    whereNote: text.whereName,
    whereAddress: office.address || null,
    whereHours: office.hours,
    wherePhone: office.phone,
    whereEmail: office.email,
    whereUrl: text.whereUrl ?? office.website ?? null,
  };
}

function fullName({ givenName, familyName }: { givenName: string; familyName: string }): string {
  return `${givenName} ${familyName}`;
}

/**
 * The adults the letter greets, as the language lists them: "Dmytro and Olena Kovalchuk" when
 * they share a family name, "Dmytro Kovalchuk og Olena Petrenko" otherwise. The greeting itself
 * is neutral ("Guten Tag", not "Liebe/r"): the form does not ask how anyone wishes to be addressed.
 */
export function greetingNames(adults: { givenName: string; familyName: string }[], language: TPacketLanguage): string {
  // Arabic joins "و" to the next word; before a name in another script it stands on its own.
  const list = language === "ar" ? { format: (names: string[]) => names.join(" و ") } : new Intl.ListFormat(DATE_LOCALE[language], { type: "conjunction" });
  const [first, second] = adults;
  if (first && second && adults.length === 2 && first.familyName === second.familyName) {
    return `${list.format([first.givenName, second.givenName])} ${first.familyName}`;
  }
  return list.format(adults.map(fullName));
}
