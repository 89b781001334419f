import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROPER_NAMES } from "@/lib/catalogue/seed-content";
import { ALL_MESSAGES } from "@/lib/i18n/all-messages";
import { PACKET_LANGUAGES } from "@/lib/i18n/languages";
import { buildPacket, type TBuildPacketInput } from "@/lib/packet/build-packet";
import { loadPacketInput } from "@/lib/packet/load-packet-input";
import type { TPacket } from "@/lib/packet/packet-model";
import { STEP_KEYS } from "@/lib/steps/step-keys";
import { DEFAULT_PUBLIC_PAGE_TEXTS } from "@/lib/welcome/public-page-blocks";
import { seedDemoData } from "../../scripts/seeds/seed-demo-data";
import { createForeignWordFinder } from "../support/foreign-words";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
// Words a language's Hunspell dictionary lacks (a loanword, a compound, an inflected form) that Danish or English has.
const MISSING_FROM_DICTIONARIES = ["App", "Au-pairs", "Bankkonto", "sportive", "Telefonnummer"];
// Names the translations keep as they are, in Latin letters, in every language.
const KEPT_IN_EVERY_LANGUAGE = ["Workindenmark", "gymnasium", "au pair", "Life in Denmark", "lifeindenmark"];
// The legal pages name the law, the standard and the authorities as they are named.
const LEGAL_NAMES = ["Ankomst", "WCAG", "EN", "AA", "axe", "Digitaliseringsstyrelsen", "Datatilsynet", "Borgerservice", "CPR"];
const foreignWords = createForeignWordFinder([...PROPER_NAMES, ...MISSING_FROM_DICTIONARIES, ...KEPT_IN_EVERY_LANGUAGE]);

// Households that between them meet every step rule; the names are in no dictionary on purpose.
const HOUSEHOLDS: TBuildPacketInput["household"][] = [
  {
    arrivalDate: "2026-11-02",
    dateOfBirth: "1986-04-01",
    residenceBasis: "EU_EEA_SWISS",
    hasEmployerOrSchool: false,
    expectedStayMonths: 18,
    cprRegistered: false,
    spouse: { givenName: "Żaneta", familyName: "Wójcik", seekingWork: true },
    children: [
      { id: "c1", givenName: "Oskarż", familyName: "Wójcik", dateOfBirth: "2025-01-10" },
      { id: "c2", givenName: "Ładysław", familyName: "Wójcik", dateOfBirth: "2023-03-05" },
      { id: "c3", givenName: "Źofia", familyName: "Wójcik", dateOfBirth: "2017-06-20" },
      { id: "c4", givenName: "Bożydar", familyName: "Wójcik", dateOfBirth: "2009-02-02" },
    ],
  },
  ...(["WORK_PERMIT", "STUDENT", "REFUGEE", "FAMILY_REUNIFICATION", "NORDIC", "ACCOMPANYING_FAMILY", "OTHER"] as const).map((residenceBasis) => ({
    arrivalDate: "2026-10-20",
    dateOfBirth: "1990-01-01",
    residenceBasis,
    hasEmployerOrSchool: residenceBasis !== "REFUGEE",
    expectedStayMonths: null,
    cprRegistered: false,
    spouse: null,
    children: [],
  })),
];

/** Names and addresses of people, the municipality and its offices: data, proper names whatever the language. */
function dataNamesOf(input: TBuildPacketInput, household: TBuildPacketInput["household"]): string[] {
  const { municipality, person } = input;
  return [
    municipality.name,
    municipality.letterName,
    municipality.addressLine,
    municipality.city,
    municipality.signatoryName ?? "",
    ...Object.values(person).filter((value) => value !== null),
    ...input.offices.flatMap((office) => [office.name, office.address, office.email ?? ""]),
    ...(household.spouse ? [household.spouse.givenName, household.spouse.familyName] : []),
    ...household.children.flatMap((child) => [child.givenName, child.familyName]),
    // Opening hours are written by Intl in the packet's language ("lun.–mie."): its words, not a translator's.
    ...weekdayNamesIn(input.language),
  ];
}

function weekdayNamesIn(language: string): string[] {
  const monday = Date.UTC(2026, 0, 5);
  return [0, 1, 2, 3, 4, 5, 6].flatMap((day) =>
    (["short", "long"] as const).map((weekday) => new Intl.DateTimeFormat(language, { weekday, timeZone: "UTC" }).format(new Date(monday + day * 86_400_000))),
  );
}

/** Every text of the model a newcomer reads, with where it sits; ids, keys, addresses of the web and the language code are not prose. */
function textsOf(packet: TPacket): { path: string; text: string }[] {
  const skip = new Set([
    "language",
    "id",
    "key",
    "url",
    "whereUrl",
    "sourceUrl",
    "email",
    "website",
    "phone",
    "wherePhone",
    "deadline",
    "pageTemplate",
    "nameLanguages",
  ]);
  const found: { path: string; text: string }[] = [];
  const walk = (value: unknown, path: string) => {
    // An address inside a sentence (the QR code's alternative text) is data, not words.
    if (typeof value === "string") found.push({ path, text: value.replace(/https?:\/\/\S+/g, "") });
    else if (Array.isArray(value)) for (const [index, item] of value.entries()) walk(item, `${path}[${index}]`);
    else if (value && typeof value === "object") for (const [key, child] of Object.entries(value)) if (!skip.has(key)) walk(child, `${path}.${key}`);
  };
  walk(packet, "packet");
  return found;
}

let inputs: Map<string, TBuildPacketInput>;

beforeAll(async () => {
  await seedDemoData(db);
  inputs = new Map();
  for (const slug of ["herning", "holbaek"]) {
    const arrival = await db.arrival.findFirstOrThrow({ where: { municipality: { slug } }, select: { id: true, municipalityId: true } });
    for (const language of PACKET_LANGUAGES) {
      const input = await loadPacketInput(db, {
        municipalityId: arrival.municipalityId,
        arrivalId: arrival.id,
        language,
        linkUrl: "https://ankomst.example/x",
        generatedAt: new Date("2026-11-23T09:00:00Z"),
      });
      inputs.set(`${slug}:${language}`, {
        ...input!,
        person: { givenName: "Grzegorz", familyName: "Wójcik", addressLine: "Østergade 12", postalCode: "7400", city: "Herning", nationality: "PL" },
      });
    }
  }
});
afterAll(() => db.$disconnect());

describe("every text that can reach a packet is in the packet's language", () => {
  it("covers every seeded step", () => {
    const keys = new Set(
      HOUSEHOLDS.flatMap((household) => buildPacket({ ...inputs.get("herning:en")!, household }).sections.flatMap((s) => s.steps.map((step) => step.key))),
    );
    expect([...keys].sort()).toEqual([...STEP_KEYS].sort());
  });

  for (const slug of ["herning", "holbaek"]) {
    for (const language of PACKET_LANGUAGES) {
      it(`${slug}, ${language}: no word of another language outside proper names`, () => {
        const input = inputs.get(`${slug}:${language}`)!;
        const offending = HOUSEHOLDS.flatMap((household) =>
          textsOf(buildPacket({ ...input, household })).flatMap(({ path, text }) => {
            const words = foreignWords(text, language, dataNamesOf(input, household));
            return words.length > 0 ? [`${path}: ${words.join(", ")} — "${text.slice(0, 80)}"`] : [];
          }),
        );
        expect([...new Set(offending)]).toEqual([]);
      });
    }
  }

  for (const language of PACKET_LANGUAGES) {
    it(`the public page's texts shipped in ${language} are in ${language}`, () => {
      const offending = Object.entries(DEFAULT_PUBLIC_PAGE_TEXTS[language]).flatMap(([block, text]) =>
        [text.title, text.body].flatMap((part) => {
          const words = foreignWords(part.replaceAll("{municipality}", ""), language);
          return words.length > 0 ? [`${block}: ${words.join(", ")}`] : [];
        }),
      );
      expect(offending).toEqual([]);
    });
  }

  for (const language of PACKET_LANGUAGES) {
    it(`the accessibility statement and privacy notice in ${language} are in ${language}`, () => {
      const t = createTranslator({ locale: language, messages: ALL_MESSAGES[language], namespace: "legalPages" });
      const values = { municipality: "", site: "", date: "", months: 24, auditMonths: 60 };
      const keysOf = (node: object, prefix = ""): string[] =>
        Object.entries(node).flatMap(([key, value]) => (typeof value === "string" ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`)));
      const texts = keysOf(ALL_MESSAGES[language].legalPages).flatMap((key) =>
        ["FULL", "PARTIAL", "NONE"].map((compliance) => ({ key, text: t(key as "privacyLink", { ...values, compliance }) })),
      );
      const offending = texts.flatMap(({ key, text }) => {
        const words = foreignWords(text, language, LEGAL_NAMES);
        return words.length > 0 ? [`${key}: ${words.join(", ")}`] : [];
      });
      expect([...new Set(offending)]).toEqual([]);
    });
  }

  it("finds the English that German and Danish packets carried before (the checker is not blind)", () => {
    expect(foreignWords("Head of Citizen Service", "de")).not.toEqual([]);
    expect(foreignWords("Your bank", "da")).not.toEqual([]);
    expect(foreignWords("Danish language school (sprogcenter)", "de")).not.toEqual([]);
    expect(foreignWords("Leiterin des Bürgerservice", "en")).not.toEqual([]);
    expect(foreignWords("Din bank kan hjælpe", "en")).not.toEqual([]);
    // The languages of Denmark's largest groups of newcomers: a word left from the master or from English is caught.
    expect(foreignWords("Ваш банк can help", "uk")).toEqual(["can", "help"]);
    expect(foreignWords("Ваш банк також допоможе", "uk")).toEqual([]);
    expect(foreignWords("Ваш банк также поможет", "uk")).toEqual(["также", "поможет"]);
    expect(foreignWords("Об’єднання допоможе", "uk")).toEqual([]);
    expect(foreignWords("Ваш банк (Borgerservice) допоможе", "uk")).toEqual([]);
    expect(foreignWords("بنككم kan hjælpe", "ar")).toEqual(["kan", "hjælpe"]);
    expect(foreignWords("Twój bank może pomóc with this", "pl")).toEqual(["with", "this"]);
    expect(foreignWords("Banca dumneavoastră vă poate hjælpe", "ro")).toEqual(["hjælpe"]);
  });

  it("names the municipality on the letterhead as it names itself", () => {
    expect(buildPacket(inputs.get("herning:en")!).municipality.letterName).toBe("Herning Kommune");
    expect(buildPacket(inputs.get("holbaek:de")!).municipality.letterName).toBe("Holbæk Kommune");
  });
});
