import { beforeEach, describe, expect, it } from "vitest";
import { createLinkToken, deriveLinkToken, hashLinkToken, isWellFormedLinkToken, saltMatchesHash } from "@/lib/links/link-token";

beforeEach(() => {
  process.env.LINK_TOKEN_SECRET = "unit-test-secret";
});

describe("personal link tokens", () => {
  it("carry 256 random bits and are well formed", () => {
    const { salt, token } = createLinkToken();
    expect(salt).toHaveLength(32);
    expect(isWellFormedLinkToken(token)).toBe(true);
    expect(createLinkToken().token).not.toBe(token);
  });

  it("are stored only as a hash, and the server can derive the token again from the salt", () => {
    const { salt, token, tokenHash } = createLinkToken();
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).not.toContain(token);
    expect(deriveLinkToken(salt)).toBe(token);
    expect(hashLinkToken(token)).toBe(tokenHash);
    expect(saltMatchesHash(salt, tokenHash)).toBe(true);
  });

  it("no longer match after the secret is rotated", () => {
    const { salt, tokenHash } = createLinkToken();
    process.env.LINK_TOKEN_SECRET = "rotated-secret";
    expect(saltMatchesHash(salt, tokenHash)).toBe(false);
  });

  it("reject malformed input before any lookup", () => {
    expect(isWellFormedLinkToken("")).toBe(false);
    expect(isWellFormedLinkToken("../../etc/passwd")).toBe(false);
    expect(isWellFormedLinkToken("a".repeat(44))).toBe(false);
  });
});
