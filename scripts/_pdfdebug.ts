import { writeFileSync } from "node:fs";
import { buildPacket } from "@/lib/packet/build-packet";
import { renderPacketPdf } from "@/lib/packet/render-packet-pdf";
import { STEP_SEEDS } from "@/lib/catalogue/seed-content";
const texts = Object.fromEntries(STEP_SEEDS.map((s) => [s.key, { ...s.texts.en, whereName: "Borgerservice", whereAddress: "Torvet 5", whereHours: null, wherePhone: null, whereUrl: null, sourceUrl: s.sourceUrl }]));
const packet = buildPacket({ language: "en", municipality: { name: "Herning", addressLine: "Torvet 5", postalCode: "7400", city: "Herning", phone: null, email: null, website: null, signatoryName: "X", signatoryTitle: "Y" },
  offices: [], person: { givenName: "ليلى", familyName: "王", addressLine: "A", postalCode: "7400", city: "Herning" },
  household: { arrivalDate: "2026-09-01", dateOfBirth: "1990-01-01", residenceBasis: "EU_EEA_SWISS", hasEmployerOrSchool: true, expectedStayMonths: 24, cprRegistered: false, spouse: null, children: [] },
  texts, linkUrl: "https://x/en/welcome/abc", catalogueVersion: 3, generatedAt: new Date() });
const t0 = Date.now();
writeFileSync("/tmp/p.pdf", await renderPacketPdf(packet));
console.log("ms", Date.now() - t0);
const t1 = Date.now(); await renderPacketPdf(packet); console.log("warm ms", Date.now() - t1);
