import { readFileSync } from "node:fs";
import { readPdfStructure } from "./tests/support/pdf-structure";

const s = await readPdfStructure(readFileSync(process.argv[2] ?? "/tmp/packet-ar.pdf"));
for (const e of s.elements.slice(0, 40)) console.log(e.path, "|", e.text, "|", e.alt);
console.log(s.language, s.spans.slice(0, 10));
