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
