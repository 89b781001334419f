import { STEP_SEEDS } from "@/lib/catalogue/seed-content";
import { buildPacket, type TBuildPacketInput } from "@/lib/packet/build-packet";
import type { TPacket, TPacketLanguage } from "@/lib/packet/packet-model";

const MUNICIPALITY = {
  name: "Herning", addressLine: "Torvet 5", postalCode: "7400", city: "Herning", phone: "+45 96 28 28 28",
  email: "borgerservice@herning.dk", website: "https://www.herning.dk", signatoryName: "Mette Kjær", signatoryTitle: "Head of Citizen Service",
};
const OFFICES = [
  { name: "Borgerservice Herning", address: "Torvet 5, 7400 Herning", phone: "+45 96 28 28 28", hours: "Mon-Wed 10-15, Thu 10-17, Fri 10-13" },
  { name: "Jobcenter Herning", address: "Fredhøjvej 11, 7400 Herning", phone: "+45 96 28 60 00", hours: "Mon-Fri 9-15" },
  { name: "Herning Bibliotekerne", address: "Brænderigade 1, 7400 Herning", phone: "+45 96 26 82 00", hours: "Every day 7-22" },
];

type THousehold = { language: TPacketLanguage; person: [string, string]; household: Partial<TBuildPacketInput["household"]> };

/** Varied households: single, couple, a family of five, names in Latin with diacritics, Greek and Cyrillic. */
const HOUSEHOLDS: THousehold[] = [
  { language: "en", person: ["Priya", "Raman"], household: { residenceBasis: "WORK_PERMIT" } },
  { language: "de", person: ["Jürgen", "Weiß"], household: { spouse: { givenName: "Anna", familyName: "Weiß", seekingWork: true } } },
  {
    language: "en", person: ["Søren", "Müller-Łukasiewicz"],
    household: {
      spouse: { givenName: "Ελένη", familyName: "Παπαδοπούλου", seekingWork: true },
      children: [
        { id: "a", givenName: "Zoë", familyName: "Müller", dateOfBirth: "2016-03-10" },
        { id: "b", givenName: "Ágnes", familyName: "Müller", dateOfBirth: "2020-10-01" },
        { id: "c", givenName: "Łucja", familyName: "Müller", dateOfBirth: "2024-05-01" },
      ],
    },
  },
  { language: "da", person: ["Олена", "Коваленко"], household: { residenceBasis: "REFUGEE", children: [{ id: "d", givenName: "Марія", familyName: "Коваленко", dateOfBirth: "2014-03-11" }] } },
];

export function benchPackets(): TPacket[] {
  return HOUSEHOLDS.map(({ language, person, household }) =>
    buildPacket({
      language,
      municipality: MUNICIPALITY,
      offices: OFFICES,
      person: { givenName: person[0], familyName: person[1], addressLine: "Bredgade 3", postalCode: "7400", city: "Herning" },
      household: {
        arrivalDate: "2026-09-01", dateOfBirth: "1985-03-02", residenceBasis: "EU_EEA_SWISS", hasEmployerOrSchool: false,
        expectedStayMonths: 24, cprRegistered: false, spouse: null, children: [], ...household,
      },
      texts: Object.fromEntries(
        STEP_SEEDS.map((seed) => [seed.key, { ...seed.texts[language], whereName: OFFICES[0]!.name, whereAddress: OFFICES[0]!.address, whereHours: OFFICES[0]!.hours, wherePhone: OFFICES[0]!.phone, whereUrl: null, sourceUrl: seed.sourceUrl }]),
      ),
      linkUrl: "https://ankomst.example/en/welcome/5d1Jx0dV2m4Qm0VfV2yqf2j9iQkzq7mZ0YpE3vHc1sA",
      catalogueVersion: 1,
      generatedAt: new Date("2026-09-02T10:00:00Z"),
    }),
  );
}

/** Renders `count` packets in turn; returns each one's milliseconds. */
export async function renderBenchPackets(count: number): Promise<number[]> {
  const { renderPacketPdf } = await import("@/lib/packet/render-packet-pdf");
  const packets = benchPackets();
  const timings: number[] = [];
  for (let index = 0; index < count; index++) {
    const started = performance.now();
    await renderPacketPdf(packets[index % packets.length]!);
    timings.push(performance.now() - started);
  }
  return timings;
}
