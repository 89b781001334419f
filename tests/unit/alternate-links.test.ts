import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import proxy from "@/proxy";

const previous = process.env.APP_URL;
afterEach(() => {
  process.env.APP_URL = previous;
});

describe("the hreflang Link header", () => {
  it.each(["/en/sign-in", "/da/herning", "/de"])("names the configured public address, not a forged Host (%s)", (pathname) => {
    process.env.APP_URL = "https://ankomst.herning.dk";
    const request = new NextRequest(`http://evil.example${pathname}`, { headers: { host: "evil.example", "accept-language": "en" } });
    const link = proxy(request).headers.get("link") ?? "";
    expect(link).toContain("<https://ankomst.herning.dk/");
    expect(link).toContain('hreflang="da"');
    expect(link).not.toContain("evil.example");
  });
});
