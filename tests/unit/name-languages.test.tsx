import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NameLanguages } from "@/lib/text/NameLanguages";

describe("a packet text on the web page", () => {
  it("gives a name in another script its language, as the PDF's spans do", () => {
    expect(renderToStaticMarkup(<NameLanguages text="Dear Олена Коваленко & Ελένη," nameLanguages={{ Cyrl: "uk", Grek: "el" }} />)).toBe(
      'Dear <span lang="uk">Олена Коваленко</span> &amp; <span lang="el">Ελένη</span>,',
    );
  });

  it("is plain text when no name is in another script", () => {
    expect(renderToStaticMarkup(<NameLanguages text="Dear Søren Müller," nameLanguages={{}} />)).toBe("Dear Søren Müller,");
  });
});
