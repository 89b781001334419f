import { describe, expect, it } from "vitest";
import { applyTrustedClient, isCrossOriginWrite, parseTrustedProxyCount, trustedClient } from "@/lib/net/forwarded-headers";

const spoofed = { host: "ankomst.example", "x-forwarded-for": "203.0.113.9, 198.51.100.7", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };

describe("which forwarded headers are believed", () => {
  it("served directly: the socket's address and the Host header, whatever the client claims", () => {
    expect(trustedClient({ headers: spoofed, socketAddress: "192.0.2.10", isEncrypted: false, trustedProxyCount: 0 })).toEqual({
      address: "192.0.2.10",
      host: "ankomst.example",
      proto: "http",
    });
  });

  it("behind one proxy: the address that proxy appended, not the ones the client wrote before it", () => {
    expect(trustedClient({ headers: spoofed, socketAddress: "10.0.0.2", isEncrypted: false, trustedProxyCount: 1 })).toEqual({
      address: "198.51.100.7",
      host: "evil.example",
      proto: "https",
    });
  });

  it("behind two proxies: the address the outer one saw; a chain shorter than claimed falls back to its start", () => {
    expect(trustedClient({ headers: spoofed, socketAddress: "10.0.0.2", isEncrypted: false, trustedProxyCount: 2 }).address).toBe("203.0.113.9");
    expect(trustedClient({ headers: { host: "a" }, socketAddress: "10.0.0.2", isEncrypted: true, trustedProxyCount: 3 })).toEqual({
      address: "10.0.0.2",
      host: "a",
      proto: "https",
    });
  });

  it("replaces every forwarded header before the app reads them", () => {
    const headers: Record<string, string> = { ...spoofed, "x-real-ip": "1.2.3.4", forwarded: "for=1.2.3.4", "x-forwarded-port": "1" };
    applyTrustedClient(headers, { address: "192.0.2.10", host: "ankomst.example", proto: "http" });
    expect(headers).toEqual({ host: "ankomst.example", "x-forwarded-for": "192.0.2.10", "x-forwarded-host": "ankomst.example", "x-forwarded-proto": "http" });
  });

  it("refuses writes that a page of another site sent, and nothing else", () => {
    expect(isCrossOriginWrite("POST", "http://evil.example", "ankomst.example")).toBe(true);
    expect(isCrossOriginWrite("POST", "null", "ankomst.example")).toBe(true);
    expect(isCrossOriginWrite("POST", "https://ankomst.example", "ankomst.example")).toBe(false);
    expect(isCrossOriginWrite("POST", undefined, "ankomst.example")).toBe(false);
    expect(isCrossOriginWrite("GET", "http://evil.example", "ankomst.example")).toBe(false);
  });

  it("reads TRUSTED_PROXY_COUNT strictly", () => {
    expect(parseTrustedProxyCount(undefined)).toBe(0);
    expect(parseTrustedProxyCount("2")).toBe(2);
    expect(() => parseTrustedProxyCount("yes")).toThrow(/TRUSTED_PROXY_COUNT/);
    expect(() => parseTrustedProxyCount("-1")).toThrow();
  });
});
