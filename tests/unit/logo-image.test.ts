import { writeFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { LOGO_HEIGHT_PX, LOGO_MAX_BYTES, LOGO_MAX_WIDTH_PX, renderLogo } from "@/lib/municipalities/logo-image";

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100" fill="#1a5ea6"/></svg>`;
/** A PNG made by the same renderer from a plain SVG: a real file, not a hand-built byte string. */
const PNG = new Resvg(SVG).render().asPng();
/** A file on this machine the renderer could read if an SVG were allowed to point at it. */
const LOCAL_PNG_PATH = "/tmp/ankomst-logo-test-secret.png";

/** How many pixels of a PNG are not fully transparent (decoded by drawing it at its own size). */
function opaquePixels(png: Buffer): number {
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  const pixels = new Resvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString("base64")}"/></svg>`,
  ).render().pixels;
  let count = 0;
  for (let alpha = 3; alpha < pixels.length; alpha += 4) if ((pixels[alpha] ?? 0) > 0) count++;
  return count;
}

function rendered(upload: string | Buffer) {
  const result = renderLogo(typeof upload === "string" ? Buffer.from(upload) : upload);
  if (!result.ok) throw new Error(`expected a logo, got ${result.error}`);
  return result.logo;
}

describe("renderLogo", () => {
  it("renders an SVG to a PNG of the letterhead's height, keeping its proportions", () => {
    const logo = rendered(SVG);
    expect(logo.png.subarray(1, 4).toString()).toBe("PNG");
    expect(logo.height).toBe(LOGO_HEIGHT_PX);
    expect(logo.width).toBe(LOGO_HEIGHT_PX * 2);
    expect(logo.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it("re-renders a PNG instead of keeping the uploaded file", () => {
    const logo = rendered(PNG);
    expect(logo.height).toBe(LOGO_HEIGHT_PX);
    expect(logo.png.equals(PNG)).toBe(false);
    expect(opaquePixels(logo.png)).toBe(logo.width * logo.height);
  });

  it("scales a very wide logo to the widest width instead", () => {
    const logo = rendered(`<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="100"><rect width="2000" height="100"/></svg>`);
    expect(logo.width).toBe(LOGO_MAX_WIDTH_PX);
    expect(logo.height).toBe(45);
  });

  it("keeps a style sheet and a document type that only names SVG 1.1", () => {
    const logo = rendered(
      `<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
      <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><style>.a{fill:#c00}</style><rect class="a" width="10" height="10"/></svg>`,
    );
    expect(opaquePixels(logo.png)).toBe(logo.width * logo.height);
  });

  it("never reads a file an SVG points at, nor runs its script", () => {
    const secret = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>`).render().asPng();
    writeFileSync(LOCAL_PNG_PATH, secret);
    const pointing = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">
      <script>alert(1)</script><image href="${LOCAL_PNG_PATH}" width="10" height="10"/>
      <image xlink:href="file://${LOCAL_PNG_PATH}" width="10" height="10"/>
      <rect width="10" height="10" fill="none" style="fill: url(${LOCAL_PNG_PATH})" onload="alert(2)"/>
      <rect width="1" height="1" fill="#000"/></svg>`;
    // The same SVG unsanitised does draw the file: the test would notice if the sanitising stopped.
    expect(opaquePixels(new Resvg(pointing).render().asPng())).toBeGreaterThan(0);
    const logo = rendered(pointing);
    // Only the one pixel drawn in the SVG itself is left (scaled to the letterhead's size).
    expect(opaquePixels(logo.png)).toBe(LOGO_HEIGHT_PX * LOGO_HEIGHT_PX * 0.01);
  });

  it("refuses what is not a logo with a reason", () => {
    expect(renderLogo(new Uint8Array())).toEqual({ ok: false, error: "logoMissing" });
    expect(renderLogo(Buffer.alloc(LOGO_MAX_BYTES + 1, 32))).toEqual({ ok: false, error: "logoTooLarge" });
    expect(renderLogo(Buffer.from("%PDF-1.7 not an image"))).toEqual({ ok: false, error: "logoType" });
    expect(renderLogo(Buffer.from("<html><body>hi</body></html>"))).toEqual({ ok: false, error: "logoType" });
    expect(renderLogo(Buffer.from(`<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>`))).toEqual({
      ok: false,
      error: "logoUnreadable",
    });
    // A PNG header claiming 100,000 × 100,000 pixels is refused before anything is decoded.
    const bomb = Buffer.from(PNG);
    bomb.writeUInt32BE(100_000, 16);
    bomb.writeUInt32BE(100_000, 20);
    expect(renderLogo(bomb)).toEqual({ ok: false, error: "logoUnreadable" });
    expect(renderLogo(Buffer.from(PNG.subarray(0, 40)))).toEqual({ ok: false, error: "logoUnreadable" });
  });

  it("refuses a small SVG that would take seconds to draw, before drawing anything", () => {
    const head = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="2000"><defs><filter id="b"><feGaussianBlur stdDeviation="80"/></filter>`;
    const blurred = `<rect id="r" width="2000" height="2000" filter="url(#b)"/>`;
    // A hundred blurred rectangles in about 600 bytes: ten uses of a group of ten uses.
    const nested = `${head}${blurred}<g id="t">${'<use href="#r"/>'.repeat(10)}</g></defs>${'<use href="#t"/>'.repeat(10)}</svg>`;
    expect(Buffer.byteLength(nested)).toBeLessThan(700);
    const thousand = `${head}${blurred}</defs>${'<use href="#r"/>'.repeat(1000)}</svg>`;
    const manyElements = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><defs><g id="a">${'<rect width="1" height="1"/>'.repeat(100)}</g><g id="b">${'<use href="#a"/>'.repeat(100)}</g></defs><use href="#b"/></svg>`;
    const loop = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><g id="a"><rect width="5" height="5"/><use href="#a"/></g></svg>`;
    // Refused by counting, before drawing (the nested one drawn at its own size took 70 s here).
    for (const svg of [nested, thousand, manyElements, loop]) expect(renderLogo(Buffer.from(svg))).toEqual({ ok: false, error: "logoTooComplex" });
  });

  it("still takes a logo with a filter effect and a few repeated parts", () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><defs><filter id="s"><feDropShadow dx="2" dy="2" stdDeviation="2"/></filter><circle id="c" r="10" fill="#1a5ea6"/></defs><g filter="url(#s)">${[20, 60, 100, 140, 180].map((x) => `<use href="#c" x="${x}" y="50"/>`).join("")}</g></svg>`;
    expect(rendered(svg).height).toBe(LOGO_HEIGHT_PX);
  });
});
