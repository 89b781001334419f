import type { TPacket } from "@/lib/packet/packet-model";
import { samplePacket, type TSampleHousehold } from "@/lib/packet/sample-packet";

/** Varied households: single, couple, a family of five, names in Latin with diacritics, Greek and Cyrillic. */
const HOUSEHOLDS: TSampleHousehold[] = [
  { language: "en", person: ["Priya", "Raman"], household: { residenceBasis: "WORK_PERMIT" } },
  { language: "de", person: ["Jürgen", "Weiß"], household: { spouse: { givenName: "Anna", familyName: "Weiß", seekingWork: true } } },
  {
    language: "en",
    person: ["Søren", "Müller-Łukasiewicz"],
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
    household: { residenceBasis: "REFUGEE", children: [{ id: "d", givenName: "Марія", familyName: "Коваленко", dateOfBirth: "2014-03-11" }] },
  },
];

export function benchPackets(): TPacket[] {
  return HOUSEHOLDS.map(samplePacket);
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
