import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StepCard } from "@/components/packet/StepCard";

const card = (where: Parameters<typeof StepCard>[0]["where"]) =>
  renderToStaticMarkup(
    <StepCard
      headingLevel={3}
      title="Register for a CPR number"
      body="Bring your passport."
      where={where}
      labels={{ where: "Where", readMore: "Read more" }}
      sourceUrl="https://lifeindenmark.borger.dk/"
    />,
  );

describe("a step card", () => {
  it("names what its 'Read more' link reads about, for a screen reader's list of links", () => {
    expect(card({})).toContain('<a href="https://lifeindenmark.borger.dk/">Read more<span class="sr-only">: Register for a CPR number</span></a>');
  });

  it("makes the phone number a link that calls, read left to right on a right-to-left page too, and keeps the place's other lines as text", () => {
    const html = card({ whereName: "Borgerservice Herning", whereAddress: "Torvet 5, 7400 Herning", wherePhone: "+45 96 28 28 28" });
    expect(html).toContain('<a href="tel:+4596282828" dir="ltr">+45 96 28 28 28</a>');
    expect(html).toContain("Borgerservice Herning\nTorvet 5, 7400 Herning");
  });
});
