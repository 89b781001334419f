import { writeFileSync } from "node:fs";
import { renderPacketPdf } from "@/lib/packet/render-packet-pdf";
import { samplePacket } from "@/lib/packet/sample-packet";

const lang = (process.argv[2] ?? "ar") as "ar";
const packet = samplePacket({
  language: lang,
  person: ["Dmytro", "Kovalchuk"],
  nationality: "UA",
  household: {
    spouse: { givenName: "Олена", familyName: "Ковальчук", seekingWork: true },
    children: [{ id: "s", givenName: "Sofia", familyName: "Kovalchuk", dateOfBirth: "2019-03-02" }],
  } as never,
});
const t = Date.now();
const pdf = await renderPacketPdf(packet);
console.log("ms", Date.now() - t);
writeFileSync(`/tmp/packet-${lang}.pdf`, pdf);
