import { describe, expect, it } from "vitest";
import { isScriptFreePage, withoutScripts } from "@/lib/net/script-free-pages";

describe("the pages sent without JavaScript", () => {
  it.each([
    ["GET", "/en/welcome/AbC_123-xyz", true],
    ["GET", "/da/welcome/AbC_123-xyz?x=1", true],
    ["HEAD", "/de/welcome/AbC_123-xyz/", true],
    ["POST", "/en/welcome/AbC_123-xyz", false],
    ["GET", "/en/herning", true],
    ["GET", "/en/holbaek/ar", true],
    ["GET", "/en/sign-in", false],
    ["GET", "/en/arrivals", false],
    ["GET", "/en/arrivals/new", false],
    ["GET", "/en/admin", false],
    ["GET", "/en/statistics", false],
    ["GET", "/en/access-denied", false],
    ["GET", "/en", false],
    ["GET", "/api/welcome/abc/packet", false],
    ["GET", "/xx/herning", false],
  ])("%s %s → %s", (method, url, expected) => {
    expect(isScriptFreePage(method, url)).toBe(expected);
  });

  it("drops every script, inline or not, and the script preloads, and keeps everything else", () => {
    const page = [
      '<html><head><link rel="stylesheet" href="/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/x.js"/>',
      '<link rel="preload" href="/font.woff2" as="font" type="font/woff2" crossorigin=""/>',
      '<script src="/y.js" async="" nonce="n"></script></head><body><main><h1>Welcome</h1>',
      '<form action="" method="POST"><input type="hidden" name="$ACTION_ID_1"/><button name="toggle" value="a:yes">x</button></form></main>',
      '<script nonce="n">self.__next_f.push([1,"a \\u003c/script\\u003e b"])</script><script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>',
    ].join("");
    const stripped = withoutScripts(page);
    expect(stripped).not.toMatch(/<script|as="script"|__next_f/);
    expect(stripped).toContain('<link rel="stylesheet" href="/a.css"/>');
    expect(stripped).toContain('as="font"');
    expect(stripped).toContain('<button name="toggle" value="a:yes">x</button>');
    expect(stripped).toContain('name="$ACTION_ID_1"');
  });
});
