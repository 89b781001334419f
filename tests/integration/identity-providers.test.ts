import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateStaffUser } from "@/lib/auth/authenticate-staff-user";
import { findStaffUserForIdentity, signInThroughIdentityProvider } from "@/lib/auth/identity-provider-sign-in";
import {
  isDiscoverableIssuer,
  listEnabledIdentityProviders,
  listSignInChoices,
  saveIdentityProvider,
  setPasswordSignIn,
  ZIdentityProviderSettings,
} from "@/lib/auth/identity-providers";
import { discoverIssuer, isPublicAddress } from "@/lib/auth/issuer-policy";
import { seedDemoData } from "../../scripts/seeds/seed-demo-data";
import { startOidcTestProvider } from "../support/oidc-test-provider";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
let admin: { id: string; municipalityId: string };
let otherMunicipalityId: string;

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret";
  await seedDemoData(db);
  admin = await db.user.findUniqueOrThrow({ where: { email: "admin@holbaek.demo" }, select: { id: true, municipalityId: true } });
  otherMunicipalityId = (await db.user.findUniqueOrThrow({ where: { email: "admin@herning.demo" }, select: { municipalityId: true } })).municipalityId;
});
afterAll(() => db.$disconnect());

const settings = (overrides: Record<string, string | undefined> = {}) =>
  ZIdentityProviderSettings.parse({
    issuer: "https://login.example.dk/holbaek/",
    clientId: "ankomst",
    clientSecret: "s3cret-value",
    emailClaim: "preferred_username",
    isEnabled: "yes",
    ...overrides,
  });

/** As an operator who set IDENTITY_PROVIDER_ALLOW_PRIVATE_NETWORK=true (the e2e server runs so). */
function withPrivateNetwork<T>(run: () => T): T {
  process.env.IDENTITY_PROVIDER_ALLOW_PRIVATE_NETWORK = "true";
  try {
    return run();
  } finally {
    delete process.env.IDENTITY_PROVIDER_ALLOW_PRIVATE_NETWORK;
  }
}
async function withPrivateNetworkAsync(run: () => Promise<void>): Promise<void> {
  process.env.IDENTITY_PROVIDER_ALLOW_PRIVATE_NETWORK = "true";
  try {
    await run();
  } finally {
    delete process.env.IDENTITY_PROVIDER_ALLOW_PRIVATE_NETWORK;
  }
}

describe("a municipality's identity provider", () => {
  it("is saved with its secret sealed (never stored as typed), kept when the form leaves it blank, and offered on the sign-in page", async () => {
    expect(await saveIdentityProvider(db, { admin, settings: settings({ clientSecret: "" }) })).toEqual({ status: "secret-required" });
    expect(await saveIdentityProvider(db, { admin, settings: settings() })).toEqual({ status: "saved" });
    const row = await db.identityProvider.findUniqueOrThrow({ where: { municipalityId: admin.municipalityId } });
    expect(row.issuer).toBe("https://login.example.dk/holbaek");
    expect(Buffer.from(row.clientSecretSealed).includes("s3cret-value")).toBe(false);

    expect(await saveIdentityProvider(db, { admin, settings: settings({ clientSecret: "", clientId: "ankomst-2" }) })).toEqual({ status: "saved" });
    const [enabled] = await listEnabledIdentityProviders(db);
    expect(enabled).toMatchObject({ providerId: "oidc-holbaek", clientId: "ankomst-2", clientSecret: "s3cret-value", emailClaim: "preferred_username" });
    expect(await listSignInChoices(db)).toEqual([{ providerId: "oidc-holbaek", municipalityName: "Holbæk Kommune" }]);

    // Sealed for this municipality: the bytes copied into another municipality's row do not open.
    await db.identityProvider.create({
      data: { municipalityId: otherMunicipalityId, issuer: row.issuer, clientId: "copy", clientSecretSealed: row.clientSecretSealed, isEnabled: false },
    });
    await db.identityProvider.update({ where: { municipalityId: otherMunicipalityId }, data: { isEnabled: true } });
    await expect(listEnabledIdentityProviders(db)).rejects.toThrow();
    await db.identityProvider.delete({ where: { municipalityId: otherMunicipalityId } });
    expect(await db.auditEvent.count({ where: { action: "municipality.update", actorUserId: admin.id } })).toBe(2);
  });

  it("refuses an issuer that is not HTTPS, or carries credentials, a query or a fragment (even an empty one), and a claim name that is no claim", () => {
    for (const issuer of [
      "http://login.example.dk",
      "ftp://login.example.dk",
      "https://login.example.dk/?tenant=1",
      "https://login.example.dk/any/path#",
      "https://login.example.dk/any/path?",
      "https://user:pw@login.example.dk",
      "login.example.dk",
      "http://127.0.0.1:4000",
    ]) {
      expect(ZIdentityProviderSettings.safeParse({ ...settings(), issuer }).success, issuer).toBe(false);
    }
    expect(settings({ issuer: "https://login.example.dk/tenant/" }).issuer).toBe("https://login.example.dk/tenant");
    expect(ZIdentityProviderSettings.safeParse({ ...settings(), emailClaim: "e mail" }).success).toBe(false);
    // An operator who allows providers on the private network may use one on loopback over HTTP.
    withPrivateNetwork(() => expect(ZIdentityProviderSettings.safeParse({ ...settings(), issuer: "http://127.0.0.1:4000" }).success).toBe(true));
  });

  it("checks the issuer's discovery document against a real provider, on loopback only when the operator allows it", async () => {
    const provider = await startOidcTestProvider({ redirectUri: "http://127.0.0.1:3999/api/auth/callback/oidc-holbaek" });
    try {
      // Loopback, a private or a link-local address is refused unless allowed (and so is plain HTTP).
      expect(await isDiscoverableIssuer(provider.issuer)).toBe(false);
      await withPrivateNetworkAsync(async () => {
        expect(await isDiscoverableIssuer(provider.issuer)).toBe(true);
        expect(await isDiscoverableIssuer(`${provider.issuer}/elsewhere`)).toBe(false);
        expect(await isDiscoverableIssuer(`${provider.issuer}#`)).toBe(false);
        expect(await isDiscoverableIssuer("http://127.0.0.1:9")).toBe(false);
      });
    } finally {
      await provider.stop();
    }
  });

  it("refuses a discovery document whose endpoints are on another origin, unless that origin is allowed", async () => {
    const elsewhere = "http://127.0.0.2:18556";
    const server = createServer((_request, response) => {
      const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      response.setHeader("Content-Type", "application/json");
      response.end(
        JSON.stringify({
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          // The code, the PKCE verifier and the client secret would be posted here.
          token_endpoint: `${elsewhere}/token`,
          jwks_uri: `${issuer}/jwks`,
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await withPrivateNetworkAsync(async () => {
        expect(await discoverIssuer(issuer)).toBeNull();
        process.env.IDENTITY_PROVIDER_ALLOWED_ORIGINS = elsewhere;
        expect(await discoverIssuer(issuer)).toMatchObject({ issuer, token: `${elsewhere}/token`, authorization: `${issuer}/authorize` });
      });
    } finally {
      delete process.env.IDENTITY_PROVIDER_ALLOWED_ORIGINS;
      server.close();
    }
  });

  it("tells public addresses from loopback, private, link-local and shared ones", () => {
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "172.20.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "fe80::1",
      "fd00::1",
      "::ffff:127.0.0.1",
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
    for (const address of ["193.163.103.10", "2a00:1450:4001:80b::200e"]) expect(isPublicAddress(address), address).toBe(true);
  });

  it("signs in only an active user of the provider's own municipality, with the role Ankomst gave them", async () => {
    const caseworker = await db.user.findUniqueOrThrow({ where: { email: "caseworker@holbaek.demo" } });
    expect(await findStaffUserForIdentity(db, { municipalityId: admin.municipalityId, email: " CASEWORKER@holbaek.demo " })).toMatchObject({
      status: "known",
      user: { id: caseworker.id, role: "CASEWORKER" },
    });
    for (const email of ["caseworker@herning.demo", "nobody@holbaek.dk", 42, undefined, "x".repeat(300)]) {
      expect(await findStaffUserForIdentity(db, { municipalityId: admin.municipalityId, email })).toEqual({ status: "unknown" });
    }
    const signedIn = await signInThroughIdentityProvider(db, { municipalityId: admin.municipalityId, email: caseworker.email, providerId: "oidc-holbaek" });
    expect(await db.staffSession.findUnique({ where: { id: signedIn!.sessionId } })).toMatchObject({ userId: caseworker.id, endedAt: null });
    expect(await db.auditEvent.findFirst({ where: { action: "auth.sign-in", actorUserId: caseworker.id }, orderBy: { occurredAt: "desc" } })).toMatchObject({
      metadata: { method: "identity-provider", provider: "oidc-holbaek" },
    });
    await db.user.update({ where: { id: caseworker.id }, data: { disabledAt: new Date() } });
    expect(await signInThroughIdentityProvider(db, { municipalityId: admin.municipalityId, email: caseworker.email, providerId: "oidc-holbaek" })).toBeNull();
    await db.user.update({ where: { id: caseworker.id }, data: { disabledAt: null } });
  });

  it("switches password sign-in off only while the provider is on, and then refuses passwords of that municipality only", async () => {
    const password = { email: "caseworker@holbaek.demo", password: "ankomst-demo" };
    await db.identityProvider.update({ where: { municipalityId: admin.municipalityId }, data: { isEnabled: false } });
    expect(await setPasswordSignIn(db, { admin, isAllowed: false })).toEqual({ status: "password-sign-in-needs-provider" });
    await db.identityProvider.update({ where: { municipalityId: admin.municipalityId }, data: { isEnabled: true } });
    expect(await setPasswordSignIn(db, { admin, isAllowed: false })).toEqual({ status: "saved" });
    expect(await authenticateStaffUser(db, password)).toBeNull();
    expect(await authenticateStaffUser(db, { email: "caseworker@herning.demo", password: "ankomst-demo" })).not.toBeNull();
    // With passwords off, the provider cannot be switched off too.
    expect(await saveIdentityProvider(db, { admin, settings: settings({ isEnabled: undefined, clientSecret: "" }) })).toEqual({
      status: "password-sign-in-needs-provider",
    });
    expect(await setPasswordSignIn(db, { admin, isAllowed: true })).toEqual({ status: "saved" });
    expect(await authenticateStaffUser(db, password)).toMatchObject({ email: "caseworker@holbaek.demo" });
  });
});
