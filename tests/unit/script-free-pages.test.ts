import { describe, expect, it } from "vitest";
import { namesItsOwnLanguage } from "@/lib/i18n/language-in-address";
import { readFormBody } from "@/lib/net/read-form-body";
import { ZNewcomerFormPost } from "@/lib/newcomer/newcomer-form-posts";
import { buildLanguageNameFonts, buildLanguageStylesheets, readScriptFontAsset } from "@/lib/styles/script-fonts";
import { buildScriptFreeStylesheet, plexFontFaces, readDkfdsAsset } from "@/lib/styles/script-free-stylesheet";
import { movedPublicWelcomePath, publicWelcomePath } from "@/lib/welcome/public-welcome-path";

describe("the stylesheet of the pages sent without JavaScript", () => {
  it("holds the design system with its icons pointed at the asset route, the split typeface and Ankomst's own rules, at an address named by its content", async () => {
    const { css, href } = await buildScriptFreeStylesheet();
    expect(href).toMatch(/^\/styles\/script-free\.[0-9a-f]{16}\.css$/);
    expect(css).not.toContain("url(../");
    expect(css).toContain("url(/styles/dkfds/img/svg-icons/check.svg)");
    expect(css).toContain(".skip-link");
    expect(css).toContain("--font-plex-cyrillic");
    expect((await buildScriptFreeStylesheet()).href).toBe(href);
  });

  it("declares three weights for each of the four scripts, each with its unicode-range", () => {
    const faces = plexFontFaces().match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces).toHaveLength(12);
    for (const face of faces)
      expect(face).toMatch(/src:url\(\/styles\/dkfds\/fonts\/IBMPlexSans\/split\/woff2\/IBMPlexSans-\w+-\w+\.woff2\).*unicode-range:U\+/);
  });

  it("declares the Arabic faces for Arabic pages and Noto Sans SC's slices for Chinese pages only, in their own stylesheets, woff2 from the font route", async () => {
    const sheets = await buildLanguageStylesheets();
    expect(sheets.map((sheet) => sheet.language)).toEqual(["ar", "zh"]);
    const [arabic, chinese] = sheets;
    expect(chinese?.href).toMatch(/^\/styles\/zh\.[0-9a-f]{16}\.css$/);
    expect(arabic?.css.match(/font-family: 'IBM Plex Sans Arabic'/g)).toHaveLength(3);
    const faces = chinese?.css.match(/@font-face \{[^}]*\}/g) ?? [];
    // Google Fonts' slices of Simplified Chinese, in two weights: each names its characters.
    expect(faces.length).toBeGreaterThan(150);
    for (const face of [...faces, ...(arabic?.css.match(/@font-face \{[^}]*\}/g) ?? [])]) {
      expect(face).toMatch(/src: url\(\/styles\/fonts\/[a-z-]+\/[a-z0-9-]+\.woff2\) format\('woff2'\);/);
      expect(face).toMatch(/unicode-range: U\+/);
    }
    // The slice holding 欢 (U+6B22) is a file the route serves; what is not a script font's woff2 is not.
    const slice = faces.find((face) => face.includes("font-weight: 400") && rangesOf(face).some(([from, to]) => 0x6b22 >= from && 0x6b22 <= to));
    const file = slice?.match(/\/styles\/fonts\/(noto-sans-sc)\/([a-z0-9-]+\.woff2)/);
    expect((await readScriptFontAsset([file![1]!, file![2]!]))?.subarray(0, 4).toString("latin1")).toBe("wOF2");
    for (const segments of [
      ["noto-sans-sc", "..", "package.json"],
      ["dkfds", "x.woff2"],
      ["noto-sans-sc", "noto-sans-sc-4-400-normal.woff"],
      ["noto-sans-sc"],
    ]) {
      expect(await readScriptFontAsset(segments), segments.join("/")).toBeNull();
    }
  });

  it("gives every page the language chooser's Arabic and Chinese words from fonts cut to their letters, a few kilobytes each", async () => {
    const { css, fonts } = await buildLanguageNameFonts();
    expect(fonts).toHaveLength(2);
    for (const font of fonts) {
      expect(font.href).toMatch(/^\/styles\/fonts\/language-names\/[a-z-]+\.[0-9a-f]{16}\.woff2$/);
      expect(font.woff2.subarray(0, 4).toString("latin1")).toBe("wOF2");
      expect(font.woff2.length).toBeLessThan(8_000);
    }
    // Exactly the letters of "العربية" and "中文".
    const ranges = [...css.matchAll(/unicode-range:([^}]+)\}/g)].map((match) =>
      match[1]!
        .split(",")
        .map((code) => String.fromCodePoint(Number.parseInt(code.slice(2), 16)))
        .join(""),
    );
    expect(ranges).toEqual([[...new Set("العربية")].sort().join(""), [..."中文"].sort().join("")]);
    expect((await buildScriptFreeStylesheet(css)).css).toContain('font-family:"Ankomst Language Names"');
  });

  it("serves the design system's icons and fonts, and nothing else of the disk", async () => {
    expect((await readDkfdsAsset(["img", "svg-icons", "plus.svg"]))?.contentType).toBe("image/svg+xml");
    expect((await readDkfdsAsset(["fonts", "IBMPlexSans", "split", "woff2", "IBMPlexSans-Regular-Latin1.woff2"]))?.contentType).toBe("font/woff2");
    for (const segments of [
      ["..", "package.json"],
      ["img", "..", "..", "package.json"],
      ["css", "dkfds.css"],
      ["img", ".hidden.svg"],
      ["img", "a%2F.svg"],
      ["img"],
      ["img", "nothing-here.svg"],
    ]) {
      expect(await readDkfdsAsset(segments), segments.join("/")).toBeNull();
    }
  });
});

describe("a route handler's form post", () => {
  const post = (body: BodyInit, headers: Record<string, string>) =>
    new Request("http://localhost/en/welcome/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);

  it("is read as form fields within the limit", async () => {
    const read = await readFormBody(post("toggle=cpr-registration%3Ayes", { "Content-Type": "application/x-www-form-urlencoded" }));
    expect(read.ok && read.formData.get("toggle")).toBe("cpr-registration:yes");
  });

  it("is refused with 413 when larger than the limit, also when sent in chunks without a length, and with 400 when it does not parse", async () => {
    expect(await readFormBody(post("a=".padEnd(2000, "x"), { "Content-Type": "application/x-www-form-urlencoded" }), 1000)).toEqual({ ok: false, status: 413 });
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let sent = 0; sent < 4; sent++) controller.enqueue(new Uint8Array(400).fill(120));
        controller.close();
      },
    });
    expect(await readFormBody(post(chunks, { "Content-Type": "application/x-www-form-urlencoded" }), 1000)).toEqual({ ok: false, status: 413 });
    expect(await readFormBody(post("no boundary in here", { "Content-Type": "multipart/form-data; boundary=----x" }))).toEqual({ ok: false, status: 400 });
  });

  it("of the newcomer's page is one of its three forms, or refused", () => {
    expect(ZNewcomerFormPost.parse({ toggle: "cpr-registration:yes" })).toEqual({ toggle: { stepId: "cpr-registration", isDone: true } });
    expect(ZNewcomerFormPost.parse({ reminders: "off" })).toEqual({ reminders: "off" });
    expect(ZNewcomerFormPost.parse({ email: "a@example.org" })).toEqual({ email: "a@example.org" });
    for (const bad of [{}, { toggle: "CPR:yes" }, { toggle: "cpr-registration:maybe" }, { reminders: "sometimes" }, { email: "x".repeat(301) }]) {
      expect(ZNewcomerFormPost.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe("the public welcome page's addresses", () => {
  it("name the page's language and the municipality; without a language the site picks one", () => {
    expect(publicWelcomePath("ar", "holbaek")).toBe("/ar/kommune/holbaek");
    expect(publicWelcomePath(null, "holbaek")).toBe("/kommune/holbaek");
  });

  it("move an address that named the welcome text's language after the page's to the page in that language", () => {
    const isLanguage = (value: string) => ["en", "ar", "zh"].includes(value);
    expect(movedPublicWelcomePath("en", "holbaek", ["ar"], isLanguage)).toBe("/ar/kommune/holbaek");
    expect(movedPublicWelcomePath("en", "holbaek", [], isLanguage)).toBe("/en/kommune/holbaek");
    expect(movedPublicWelcomePath("en", "holbaek", ["xx"], isLanguage)).toBeNull();
    expect(movedPublicWelcomePath("en", "holbaek", ["zh", "ar"], isLanguage)).toBeNull();
  });

  it("with a newcomer's page, name their own language: a site language, then the fixed prefix", () => {
    const locales = ["da", "en", "de"];
    for (const path of ["/en/kommune/herning", "/da/kommune/holbaek/ar", "/de/kommune/atlantis", "/en/welcome/AbC_123-xyz"]) {
      expect(namesItsOwnLanguage(path, locales), path).toBe(true);
    }
    for (const path of [
      "/kommune/herning",
      "/xx/kommune/herning",
      "/en/kommune",
      "/en/kommune/",
      "/en/welcome",
      "/en/arrivals",
      "/en/herning",
      "/en/sign-in",
      "/",
    ]) {
      expect(namesItsOwnLanguage(path, locales), path).toBe(false);
    }
  });
});

/** A face's unicode-range as [from, to] pairs. */
function rangesOf(face: string): [number, number][] {
  const ranges = face.match(/unicode-range: ([^;]+);/)?.[1] ?? "";
  return ranges.split(",").map((range) => {
    const [from, to = from] = range.trim().replace(/^U\+/i, "").split("-");
    return [Number.parseInt(from!, 16), Number.parseInt(to!, 16)];
  });
}
