import { describe, expect, it } from "vitest";
import { namesItsOwnLanguage } from "@/lib/i18n/language-in-address";
import { readFormBody } from "@/lib/net/read-form-body";
import { ZNewcomerFormPost } from "@/lib/newcomer/newcomer-form-posts";
import { buildScriptFreeStylesheet, plexFontFaces, readDkfdsAsset } from "@/lib/styles/script-free-stylesheet";
import { publicWelcomePath } from "@/lib/welcome/public-welcome-path";

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
  it("name the page's language, the municipality and the text's language; without a language the site picks one", () => {
    expect(publicWelcomePath("en", "holbaek", "ar")).toBe("/en/kommune/holbaek/ar");
    expect(publicWelcomePath(null, "holbaek")).toBe("/kommune/holbaek");
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
