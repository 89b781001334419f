import { describe, expect, it } from "vitest";
import { isScriptFreePage, withoutScripts } from "@/lib/net/script-free-pages";

describe("the pages sent without JavaScript", () => {
  it.each([
    ["GET", "/en/welcome/AbC_123-xyz", true],
    ["GET", "/da/welcome/AbC_123-xyz?x=1", true],
    ["HEAD", "/de/welcome/AbC_123-xyz/", true],
    ["POST", "/en/welcome/AbC_123-xyz", false],
    ["GET", "/en/kommune/herning", true],
    ["GET", "/en/kommune/holbaek/ar", true],
    ["GET", "/en/kommune/holbaek/abc", true],
    ["GET", "/en/kommune/ATLANTIS", true],
    // An old address of the public page only redirects (308) to /kommune/.
    ["GET", "/en/herning", false],
    ["GET", "/en/arrivals/123/edit", false],
    ["GET", "/en/admin/users/new", false],
    ["GET", "/en/sign-in", false],
    ["GET", "/en/arrivals", false],
    ["GET", "/en/arrivals/new", false],
    ["GET", "/en/admin", false],
    ["GET", "/en/statistics", false],
    ["GET", "/en/access-denied", false],
    ["GET", "/en", false],
    ["GET", "/api/welcome/abc/packet", false],
    ["GET", "/xx/kommune/herning", false],
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

describe("a script-free page that asks for another status", () => {
  it("is answered with that status, without the marker and without its scripts", async () => {
    const { createServer } = await import("node:http");
    const { sendWithoutScripts } = await import("@/lib/net/script-free-pages");
    const { requestedStatus } = await import("@/lib/net/status-marker");
    expect(requestedStatus("<p>ok</p>")).toBeNull();
    const server = createServer((_request, response) => {
      sendWithoutScripts(response);
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-cache, no-store" });
      response.write('<html><head><meta name="ankomst-status" content="404"/><script src="/x.js"></script></head>');
      response.end("<body><h1>Dieser Link funktioniert nicht</h1></body></html>");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    try {
      const answer = await fetch(`http://127.0.0.1:${port}/`);
      const body = await answer.text();
      expect(answer.status).toBe(404);
      expect(answer.headers.get("cache-control")).toBe("no-store");
      expect(body).toBe("<html><head></head><body><h1>Dieser Link funktioniert nicht</h1></body></html>");
    } finally {
      server.close();
    }
  });
});
