import { STEP_SEEDS, seedTextIn } from "@/lib/catalogue/seed-content";
import type { TPacketLanguage } from "@/lib/i18n/languages";
import { DEFAULT_STEP_DEFINITIONS } from "@/lib/steps/default-step-definitions";
import { buildPacket, type TBuildPacketInput } from "./build-packet";
import type { TPacket } from "./packet-model";

const MUNICIPALITY = {
  name: "Herning",
  letterName: "Herning Kommune",
  addressLine: "Torvet 5",
  postalCode: "7400",
  city: "Herning",
  phone: "+45 96 28 28 28",
  email: "borgerservice@herning.dk",
  website: "https://www.herning.dk",
  signatoryName: "Mette Kjær",
};
const SIGNATORY_TITLES: Record<TPacketLanguage, string> = {
  da: "Leder af Borgerservice",
  en: "Head of Citizen Service",
  de: "Leiterin des Bürgerservice",
  uk: "Керівниця Служби для громадян",
  ar: "رئيسة خدمة المواطنين",
  pl: "Kierowniczka Biura Obsługi Mieszkańców",
  ro: "Șefa Serviciului pentru Cetățeni",
};
const OFFICES = [
  {
    id: "borgerservice",
    name: "Borgerservice Herning",
    address: "Torvet 5, 7400 Herning",
    phone: "+45 96 28 28 28",
    email: "borgerservice@herning.dk",
    hours: "Mon-Wed 10-15, Thu 10-17, Fri 10-13",
  },
  { id: "jobcenter", name: "Jobcenter Herning", address: "Fredhøjvej 11, 7400 Herning", phone: "+45 96 28 60 00", email: null, hours: "Mon-Fri 9-15" },
  { id: "bibliotek", name: "Herning Bibliotekerne", address: "Brænderigade 1, 7400 Herning", phone: "+45 96 26 82 00", email: null, hours: "Every day 7-22" },
];

export type TSampleHousehold = {
  language: TPacketLanguage;
  person: [string, string];
  /** The name in Latin letters, when the person's is written in another script. */
  latinName?: string;
  /** ISO 3166-1 alpha-2. */
  nationality?: string;
  household: Partial<TBuildPacketInput["household"]>;
};

/** A packet built from the standard catalogue for an invented household: for previews, warm-up and the benchmark. */
export function samplePacket({ language, person, latinName, nationality, household }: TSampleHousehold): TPacket {
  return buildPacket({
    language,
    municipality: { ...MUNICIPALITY, signatoryTitle: SIGNATORY_TITLES[language], logo: null },
    offices: OFFICES,
    person: {
      givenName: person[0],
      familyName: person[1],
      latinName: latinName ?? null,
      addressLine: "Bredgade 3",
      postalCode: "7400",
      city: "Herning",
      nationality: nationality ?? null,
    },
    household: {
      arrivalDate: "2026-09-01",
      dateOfBirth: "1985-03-02",
      residenceBasis: "EU_EEA_SWISS",
      hasEmployerOrSchool: false,
      expectedStayMonths: 24,
      cprRegistered: false,
      children: [],
      ...household,
      // A stored spouse always has an id, and the spouse's own steps (CPR registration) are told
      // from the household's by it: without one, both had the same step id.
      spouse: household.spouse ? { id: "sample-spouse", ...household.spouse } : null,
    },
    steps: { definitions: DEFAULT_STEP_DEFINITIONS },
    texts: Object.fromEntries(
      STEP_SEEDS.map((seed) => [
        seed.key,
        {
          ...(seedTextIn(seed, language) ?? seed.texts.da),
          whereName: OFFICES[0]!.name,
          whereAddress: OFFICES[0]!.address,
          whereHours: OFFICES[0]!.hours,
          wherePhone: OFFICES[0]!.phone,
          whereUrl: null,
          sourceUrl: seed.sourceUrl,
        },
      ]),
    ),
    linkUrl: "https://ankomst.example/en/welcome/5d1Jx0dV2m4Qm0VfV2yqf2j9iQkzq7mZ0YpE3vHc1sA",
    catalogueRevision: 1,
    catalogueUpdatedAt: new Date("2026-11-01T00:00:00Z"),
    generatedAt: new Date("2026-09-02T10:00:00Z"),
  });
}
