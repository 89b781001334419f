import { PACKET_LANGUAGES, type TPacketLanguage } from "@/lib/i18n/languages";
import type { TPacket } from "@/lib/packet/packet-model";
import { samplePacket, type TSampleHousehold } from "@/lib/packet/sample-packet";

/** Varied households: single, couple, a family of five, names in Latin with diacritics, Greek and Cyrillic. */
export const BENCH_HOUSEHOLDS: TSampleHousehold[] = [
  { language: "en", person: ["Priya", "Raman"], nationality: "IN", household: { residenceBasis: "WORK_PERMIT" } },
  { language: "de", person: ["Jürgen", "Weiß"], nationality: "DE", household: { spouse: { givenName: "Anna", familyName: "Weiß", seekingWork: true } } },
  {
    language: "en",
    person: ["Søren", "Müller-Łukasiewicz"],
    nationality: "PL",
    household: {
      spouse: { givenName: "Ελένη", familyName: "Παπαδοπούλου", seekingWork: true },
      children: [
        { id: "a", givenName: "Zoë", familyName: "Müller", dateOfBirth: "2016-03-10" },
        { id: "b", givenName: "Ágnes", familyName: "Müller", dateOfBirth: "2020-10-01" },
        { id: "c", givenName: "Łucja", familyName: "Müller", dateOfBirth: "2024-05-01" },
      ],
    },
  },
  {
    language: "da",
    person: ["Олена", "Коваленко"],
    nationality: "UA",
    household: { residenceBasis: "REFUGEE", children: [{ id: "d", givenName: "Марія", familyName: "Коваленко", dateOfBirth: "2014-03-11" }] },
  },
];

export function benchPackets(): TPacket[] {
  return BENCH_HOUSEHOLDS.map(samplePacket);
}

/** Renders `count` packets in turn; returns each one's milliseconds (and, when asked, the PDFs). */
export async function renderBenchPackets(
  count: number,
  options: { keepPdfs?: boolean; untagged?: boolean } = {},
): Promise<{ timings: number[]; pdfs: Buffer[] }> {
  const { renderPacketPdf } = await import("@/lib/packet/render-packet-pdf");
  const packets = benchPackets();
  const timings: number[] = [];
  const pdfs: Buffer[] = [];
  for (let index = 0; index < count; index++) {
    const started = performance.now();
    const pdf = await renderPacketPdf(packets[index % packets.length]!, null, { untagged: options.untagged });
    timings.push(performance.now() - started);
    if (options.keepPdfs) pdfs.push(pdf);
  }
  return { timings, pdfs };
}

/** The household every language is measured with: a Ukrainian family with a child, names in Cyrillic and Latin letters. */
const LANGUAGE_HOUSEHOLD: Omit<TSampleHousehold, "language"> = {
  person: ["Dmytro", "Kovalchuk"],
  nationality: "UA",
  household: {
    residenceBasis: "REFUGEE",
    spouse: { id: "s", givenName: "Олена", familyName: "Ковальчук", seekingWork: true },
    children: [{ id: "c", givenName: "Sofia", familyName: "Kovalchuk", dateOfBirth: "2017-05-20" }],
  },
};

/**
 * The same household's packet in every packet language, `rounds` times, the languages in turn (two
 * warm-up rounds first); returns each language's milliseconds.
 */
export async function renderInEveryLanguage(rounds: number): Promise<Map<TPacketLanguage, number[]>> {
  const { renderPacketPdf } = await import("@/lib/packet/render-packet-pdf");
  const packets = PACKET_LANGUAGES.map((language) => [language, samplePacket({ ...LANGUAGE_HOUSEHOLD, language })] as const);
  const timings = new Map<TPacketLanguage, number[]>(PACKET_LANGUAGES.map((language) => [language, []]));
  for (let round = -2; round < rounds; round++) {
    for (const [language, packet] of packets) {
      const started = performance.now();
      await renderPacketPdf(packet);
      if (round >= 0) timings.get(language)!.push(performance.now() - started);
    }
  }
  return timings;
}
