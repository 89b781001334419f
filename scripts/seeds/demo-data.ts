import type { ResidenceBasis } from "@/lib/generated/prisma/enums";
import type { TPacketLanguage } from "@/lib/i18n/languages";
import type { TWeeklyHours } from "@/lib/municipalities/weekly-hours";

type TDemoArrival = {
  givenName: string;
  familyName: string;
  /** How a name in another script is written in Latin letters. */
  latinName?: string;
  dateOfBirth: string;
  nationality: string;
  packetLanguage: "en" | "de" | "da";
  /** For reminders by e-mail (example.org: never delivered anywhere real). */
  email?: string;
  arrivalDate: string;
  addressLine: string;
  residenceBasis: ResidenceBasis;
  employerOrSchool?: string;
  expectedStayMonths?: number;
  cprRegisteredOn?: string;
  spouse?: { givenName: string; familyName: string; dateOfBirth: string; seekingWork: boolean };
  children?: { givenName: string; familyName: string; dateOfBirth: string }[];
};

export type TDemoMunicipality = {
  slug: string;
  name: string;
  addressLine: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  website: string;
  letterName: string;
  signatoryName: string;
  signatoryTitles: Record<TPacketLanguage, string>;
  /** The packet languages offered (the database's default, English, German and Danish, when absent). */
  packetLanguages?: TPacketLanguage[];
  offices: TDemoOffice[];
  arrivals: TDemoArrival[];
};

type TDemoOffice = {
  name: string;
  addressLine: string;
  postalCode: string;
  city: string;
  phone?: string;
  email?: string;
  /** A note on the hours per language ("self-service"), shown after them. */
  openingHours: Partial<Record<TPacketLanguage, string>>;
  weeklyHours: TWeeklyHours;
};

const opens = (from: string, to: string) => [{ from, to }];
/** The libraries' note on their long hours, in every packet language. */
const SELF_SERVICE: TDemoOffice["openingHours"] = {
  da: "selvbetjening",
  en: "self-service",
  de: "Selbstbedienung",
  uk: "самообслуговування",
  ar: "خدمة ذاتية",
  pl: "samoobsługa",
  ro: "autoservire",
};
/** Monday to Wednesday 10–15, Thursday 10–17, Friday 10–13, closed at weekends. */
const WEEKDAYS: TWeeklyHours = [
  opens("10:00", "15:00"),
  opens("10:00", "15:00"),
  opens("10:00", "15:00"),
  opens("10:00", "17:00"),
  opens("10:00", "13:00"),
  [],
  [],
];
const everyDay = (from: string, to: string): TWeeklyHours => Array.from({ length: 7 }, () => opens(from, to));

/** Written out from the weekly hours in each language; an office's own note on them comes after. */
const NO_NOTE = {};

// Demo data only: people are invented; addresses, phone numbers and opening hours are for illustration
// and must be checked by each municipality's administrator.
export const DEMO_MUNICIPALITIES: TDemoMunicipality[] = [
  {
    slug: "herning",
    name: "Herning",
    addressLine: "Torvet 5",
    postalCode: "7400",
    city: "Herning",
    phone: "+45 96 28 28 28",
    email: "borgerservice@herning.dk",
    website: "https://www.herning.dk",
    letterName: "Herning Kommune",
    signatoryName: "Mette Kjær",
    packetLanguages: ["en", "de", "da", "uk", "ar", "pl", "ro"],
    signatoryTitles: {
      da: "Leder af Borgerservice",
      en: "Head of Citizen Service",
      de: "Leiterin des Bürgerservice",
      uk: "Керівниця Служби для громадян",
      ar: "رئيسة خدمة المواطنين",
      pl: "Kierowniczka Biura Obsługi Mieszkańców",
      ro: "Șefa Serviciului pentru Cetățeni",
    },
    offices: [
      {
        name: "Borgerservice Herning",
        addressLine: "Torvet 5",
        postalCode: "7400",
        city: "Herning",
        phone: "+45 96 28 28 28",
        email: "borgerservice@herning.dk",
        openingHours: NO_NOTE,
        weeklyHours: WEEKDAYS,
      },
      {
        name: "Jobcenter Herning",
        addressLine: "Fredhøjvej 11",
        postalCode: "7400",
        city: "Herning",
        phone: "+45 96 28 60 00",
        openingHours: NO_NOTE,
        weeklyHours: WEEKDAYS,
      },
      {
        name: "Herning Bibliotekerne",
        addressLine: "Brænderigade 1",
        postalCode: "7400",
        city: "Herning",
        phone: "+45 96 26 82 00",
        openingHours: SELF_SERVICE,
        weeklyHours: everyDay("07:00", "22:00"),
      },
    ],
    arrivals: [
      {
        givenName: "Jonas",
        familyName: "Müller",
        dateOfBirth: "1988-04-12",
        nationality: "DE",
        packetLanguage: "de",
        email: "jonas.mueller@example.org",
        arrivalDate: "2026-10-01",
        addressLine: "Bredgade 12",
        residenceBasis: "EU_EEA_SWISS",
        employerOrSchool: "Vestas",
        expectedStayMonths: 36,
        spouse: { givenName: "Lena", familyName: "Müller", dateOfBirth: "1990-09-03", seekingWork: true },
        children: [
          { givenName: "Emil", familyName: "Müller", dateOfBirth: "2017-02-20" },
          { givenName: "Zoë", familyName: "Müller", dateOfBirth: "2023-06-15" },
        ],
      },
      {
        givenName: "Priya",
        familyName: "Raman",
        dateOfBirth: "1993-11-30",
        nationality: "IN",
        packetLanguage: "en",
        arrivalDate: "2026-09-15",
        addressLine: "Østergade 4",
        residenceBasis: "WORK_PERMIT",
        employerOrSchool: "Siemens Gamesa",
        expectedStayMonths: 24,
        cprRegisteredOn: "2026-09-18",
      },
      {
        givenName: "Ingrid",
        familyName: "Sørensen",
        dateOfBirth: "1979-01-08",
        nationality: "NO",
        packetLanguage: "da",
        arrivalDate: "2026-08-20",
        addressLine: "Dalgasgade 30",
        residenceBasis: "NORDIC",
      },
      {
        givenName: "Олена",
        familyName: "Коваленко",
        latinName: "Olena Kovalenko",
        dateOfBirth: "1985-05-22",
        nationality: "UA",
        packetLanguage: "en",
        arrivalDate: "2026-07-03",
        addressLine: "Fredhøjvej 8",
        residenceBasis: "REFUGEE",
        children: [{ givenName: "Марія", familyName: "Коваленко", dateOfBirth: "2014-03-11" }],
      },
      {
        givenName: "Mateo",
        familyName: "García López",
        dateOfBirth: "2002-07-19",
        nationality: "ES",
        packetLanguage: "en",
        arrivalDate: "2026-08-28",
        addressLine: "Birk Centerpark 15",
        residenceBasis: "STUDENT",
        employerOrSchool: "Aarhus University, Herning",
        expectedStayMonths: 10,
      },
    ],
  },
  {
    slug: "holbaek",
    name: "Holbæk",
    addressLine: "Kanalstræde 2",
    postalCode: "4300",
    city: "Holbæk",
    phone: "+45 72 36 36 36",
    email: "borgerservice@holb.dk",
    website: "https://holbaek.dk",
    letterName: "Holbæk Kommune",
    signatoryName: "Anders Holm",
    signatoryTitles: {
      da: "Leder af Borgerservice",
      en: "Head of Citizen Service",
      de: "Leiter des Bürgerservice",
      uk: "Керівник Служби для громадян",
      ar: "رئيس خدمة المواطنين",
      pl: "Kierownik Biura Obsługi Mieszkańców",
      ro: "Șeful Serviciului pentru Cetățeni",
    },
    offices: [
      {
        name: "Borgerservice Holbæk",
        addressLine: "Kanalstræde 2",
        postalCode: "4300",
        city: "Holbæk",
        phone: "+45 72 36 36 36",
        email: "borgerservice@holb.dk",
        openingHours: NO_NOTE,
        weeklyHours: WEEKDAYS,
      },
      {
        name: "Jobcenter Holbæk",
        addressLine: "Kanalstræde 2",
        postalCode: "4300",
        city: "Holbæk",
        phone: "+45 72 36 36 36",
        openingHours: NO_NOTE,
        weeklyHours: WEEKDAYS,
      },
      {
        name: "Holbæk Bibliotek",
        addressLine: "Klosterstræde 14",
        postalCode: "4300",
        city: "Holbæk",
        phone: "+45 72 36 36 36",
        openingHours: SELF_SERVICE,
        weeklyHours: everyDay("08:00", "22:00"),
      },
    ],
    arrivals: [
      {
        givenName: "Agnieszka",
        familyName: "Wiśniewska",
        dateOfBirth: "1991-02-14",
        nationality: "PL",
        packetLanguage: "en",
        arrivalDate: "2026-10-10",
        addressLine: "Ahlgade 20",
        residenceBasis: "EU_EEA_SWISS",
        employerOrSchool: "Novo Nordisk",
        expectedStayMonths: 48,
        spouse: { givenName: "Tomasz", familyName: "Wiśniewski", dateOfBirth: "1989-12-01", seekingWork: true },
        children: [{ givenName: "Łucja", familyName: "Wiśniewska", dateOfBirth: "2020-05-05" }],
      },
      {
        givenName: "Ahmad",
        familyName: "Haddad",
        dateOfBirth: "1982-06-30",
        nationality: "SY",
        packetLanguage: "en",
        arrivalDate: "2026-06-12",
        addressLine: "Smedelundsgade 7",
        residenceBasis: "FAMILY_REUNIFICATION",
        spouse: { givenName: "فاطمة", familyName: "حداد", dateOfBirth: "1986-03-21", seekingWork: false },
      },
      {
        givenName: "Hannah",
        familyName: "Schmidt",
        dateOfBirth: "1996-10-02",
        nationality: "AT",
        packetLanguage: "de",
        arrivalDate: "2026-09-01",
        addressLine: "Jernbanevej 3",
        residenceBasis: "EU_EEA_SWISS",
        employerOrSchool: "Holbæk Sygehus",
        expectedStayMonths: 12,
      },
    ],
  },
];

export const DEMO_PASSWORD = "ankomst-demo";
export const DEMO_ROLES = [
  { role: "CASEWORKER", local: "caseworker", name: "Sagsbehandler" },
  { role: "MANAGER", local: "manager", name: "Leder" },
  { role: "ADMIN", local: "admin", name: "Administrator" },
  // A second caseworker at the front desk: colleagues share a municipality, and tests of one
  // user's sessions need a user nobody else is signed in as.
  { role: "CASEWORKER", local: "frontdesk", name: "Skranke" },
] as const;
