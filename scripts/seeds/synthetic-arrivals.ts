import type { TResidenceBasis } from "@/lib/arrivals/residence-basis";
import { addDays, addMonths, type TIsoDate } from "@/lib/dates/iso-date";
import type { TPacketLanguage } from "@/lib/i18n/languages";

/**
 * Synthetic arrivals for statistics at scale (`npm run db:seed:synthetic`): invented people whose
 * mix of nationality, residence basis and household follows the shape of published Danish
 * immigration figures. No real person's data; names are numbered placeholders.
 */

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same data set. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type TWeighted<T> = readonly (readonly [T, number])[];

function pick<T>(random: () => number, weighted: TWeighted<T>): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let point = random() * total;
  for (const [value, weight] of weighted) {
    point -= weight;
    if (point < 0) return value;
  }
  return weighted[weighted.length - 1]![0];
}

type TOrigin = "nordic" | "eu" | "ukraine" | "other";

/**
 * Immigration to Denmark by citizenship, shares rounded from Statistics Denmark's yearly figures
 * (statbank.dk, table VAN1AAR, 2019–2024): Ukraine after 2022, then Romania, Poland, Germany,
 * India and the other EU countries; a long tail of about a hundred more countries is "the rest".
 */
const NATIONALITIES: TWeighted<readonly [string, TOrigin]> = [
  [["UA", "ukraine"], 9],
  [["RO", "eu"], 8],
  [["PL", "eu"], 6],
  [["DE", "eu"], 5],
  [["IN", "other"], 5],
  [["IT", "eu"], 4],
  [["ES", "eu"], 3.5],
  [["LT", "eu"], 3],
  [["BG", "eu"], 3],
  [["SE", "nordic"], 3],
  [["NO", "nordic"], 2.5],
  [["US", "other"], 2.5],
  [["GB", "other"], 2.5],
  [["FR", "eu"], 2.5],
  [["PH", "other"], 2.5],
  [["CN", "other"], 2],
  [["NL", "eu"], 2],
  [["SY", "other"], 2],
  [["TR", "other"], 1.5],
  [["IS", "nordic"], 1.5],
  [["BR", "other"], 1.5],
  [["PK", "other"], 1.5],
  [["NP", "other"], 1.5],
  [["GR", "eu"], 1.5],
  [["PT", "eu"], 1.5],
  [["HU", "eu"], 1.5],
  [["LV", "eu"], 1.5],
  [["IR", "other"], 1],
  [["AF", "other"], 1],
  [["ER", "other"], 1],
  [["VN", "other"], 1],
  [["TH", "other"], 1],
  [["FI", "nordic"], 1],
  [["CZ", "eu"], 1],
  [["SK", "eu"], 1],
  [["HR", "eu"], 0.8],
  [["AT", "eu"], 0.8],
  [["IE", "eu"], 0.6],
  [["CH", "eu"], 0.6],
  [["BD", "other"], 0.8],
  [["NG", "other"], 0.8],
  [["MX", "other"], 0.6],
  [["KR", "other"], 0.6],
  [["JP", "other"], 0.5],
  [["CA", "other"], 0.5],
  [["AU", "other"], 0.5],
  [["SO", "other"], 0.5],
  [["IQ", "other"], 0.5],
  [["EG", "other"], 0.5],
  [["ID", "other"], 0.5],
];

/** Residence basis by origin: Nordic citizens need none, EU citizens come on EU rules, Ukrainians on the special act (a refugee basis). */
const BASES: Record<TOrigin, TWeighted<TResidenceBasis>> = {
  nordic: [["NORDIC", 1]],
  eu: [
    ["EU_EEA_SWISS", 0.92],
    ["ACCOMPANYING_FAMILY", 0.05],
    ["OTHER", 0.03],
  ],
  ukraine: [
    ["REFUGEE", 0.85],
    ["WORK_PERMIT", 0.08],
    ["FAMILY_REUNIFICATION", 0.05],
    ["OTHER", 0.02],
  ],
  other: [
    ["WORK_PERMIT", 0.38],
    ["STUDENT", 0.22],
    ["FAMILY_REUNIFICATION", 0.14],
    ["ACCOMPANYING_FAMILY", 0.12],
    ["REFUGEE", 0.1],
    ["OTHER", 0.04],
  ],
};

const GERMAN_SPEAKING = new Set(["DE", "AT", "CH"]);

// Arrivals peak in August and September (study and school start), dip in December.
const MONTH_WEIGHTS: TWeighted<number> = [
  [0, 8],
  [1, 7],
  [2, 8],
  [3, 8],
  [4, 8],
  [5, 8],
  [6, 9],
  [7, 12],
  [8, 11],
  [9, 8],
  [10, 7],
  [11, 6],
];

export type TSyntheticMember = { kind: "SPOUSE" | "CHILD"; dateOfBirth: TIsoDate; seekingWork: boolean | null };

export type TSyntheticArrival = {
  index: number;
  nationality: string;
  residenceBasis: TResidenceBasis;
  packetLanguage: TPacketLanguage;
  dateOfBirth: TIsoDate;
  arrivalDate: TIsoDate;
  cprRegisteredOn: TIsoDate | null;
  expectedStayMonths: number | null;
  hasEmployerOrSchool: boolean;
  household: TSyntheticMember[];
  /** The newcomer opened their personal link (on this day), and how many of the first steps they ticked. */
  linkOpenedOn: TIsoDate | null;
  ticks: number;
  /** A caseworker generated the packet (on this day), and it was downloaded as a PDF (on that day). */
  packetGeneratedOn: TIsoDate | null;
  pdfDownloadedOn: TIsoDate | null;
};

const intBetween = (random: () => number, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/**
 * One synthetic arrival, arriving within the ten years before `today`; arrivals grow a little
 * each year, as Danish immigration has.
 */
export function syntheticArrival(random: () => number, index: number, today: TIsoDate): TSyntheticArrival {
  const [nationality, origin] = pick(random, NATIONALITIES);
  const residenceBasis = pick(random, BASES[origin]);
  // Later years weigh more: the square root of a uniform number leans towards 1.
  const yearsBack = Math.floor((1 - Math.sqrt(random())) * 10);
  const year = Number(today.slice(0, 4)) - yearsBack;
  const month = pick(random, MONTH_WEIGHTS);
  const day = intBetween(random, 1, 28);
  let arrivalDate: TIsoDate = `${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (arrivalDate > today) arrivalDate = addDays(today, -intBetween(random, 0, 120));

  const isStudent = residenceBasis === "STUDENT";
  const age = isStudent ? intBetween(random, 19, 32) : intBetween(random, 20, 55);
  const dateOfBirth = addDays(addMonths(arrivalDate, -12 * age), -intBetween(random, 0, 364));
  const hasPartner = !isStudent && random() < (residenceBasis === "ACCOMPANYING_FAMILY" || residenceBasis === "FAMILY_REUNIFICATION" ? 0.9 : 0.4);
  const household: TSyntheticMember[] = [];
  if (hasPartner) {
    household.push({ kind: "SPOUSE", dateOfBirth: addDays(dateOfBirth, intBetween(random, -1500, 1500)), seekingWork: random() < 0.55 });
  }
  const childCount = hasPartner
    ? pick(random, [
        [0, 4],
        [1, 3],
        [2, 2.5],
        [3, 0.8],
      ] as const)
    : random() < 0.1
      ? 1
      : 0;
  for (let child = 0; child < childCount; child++) {
    const childAgeDays = intBetween(random, 0, 17 * 365);
    household.push({ kind: "CHILD", dateOfBirth: addDays(arrivalDate, -childAgeDays), seekingWork: null });
  }

  const cprDays = intBetween(random, 1, 40);
  const cprRegisteredOn = random() < 0.88 && addDays(arrivalDate, cprDays) <= today ? addDays(arrivalDate, cprDays) : null;
  const opened = random() < 0.7 ? addDays(arrivalDate, intBetween(random, 0, 30)) : null;
  const generated = random() < 0.85 ? addDays(arrivalDate, intBetween(random, 0, 3)) : null;
  const downloaded = generated && random() < 0.5 ? addDays(generated, intBetween(random, 0, 20)) : null;
  const byToday = (day: TIsoDate | null) => (day && day <= today ? day : null);
  return {
    index,
    nationality,
    residenceBasis,
    packetLanguage: origin === "nordic" ? "da" : GERMAN_SPEAKING.has(nationality) ? "de" : "en",
    dateOfBirth,
    arrivalDate,
    cprRegisteredOn,
    expectedStayMonths: isStudent
      ? pick(random, [
          [6, 1],
          [12, 1],
          [24, 2],
          [36, 1],
        ] as const)
      : random() < 0.6
        ? intBetween(random, 6, 60)
        : null,
    hasEmployerOrSchool: residenceBasis === "WORK_PERMIT" || isStudent || random() < 0.5,
    household,
    linkOpenedOn: byToday(opened),
    ticks: opened ? intBetween(random, 0, 5) : 0,
    packetGeneratedOn: byToday(generated),
    pdfDownloadedOn: byToday(downloaded),
  };
}
