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
import { seedDemoData } from "../../scripts/db/seed-demo-data";
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

  it("refuses an issuer that is not HTTPS (but for loopback), and a claim name that is no claim", () => {
    for (const issuer of ["http://login.example.dk", "ftp://login.example.dk", "https://login.example.dk/?tenant=1", "login.example.dk"]) {
      expect(ZIdentityProviderSettings.safeParse({ ...settings(), issuer }).success, issuer).toBe(false);
    }
    expect(ZIdentityProviderSettings.safeParse({ ...settings(), issuer: "http://127.0.0.1:4000" }).success).toBe(true);
    expect(ZIdentityProviderSettings.safeParse({ ...settings(), emailClaim: "e mail" }).success).toBe(false);
  });

  it("checks the issuer's discovery document against a real provider", async () => {
    const provider = await startOidcTestProvider({ redirectUri: "http://127.0.0.1:3999/api/auth/callback/oidc-holbaek" });
    try {
      expect(await isDiscoverableIssuer(provider.issuer)).toBe(true);
      expect(await isDiscoverableIssuer(`${provider.issuer}/elsewhere`)).toBe(false);
      expect(await isDiscoverableIssuer("http://127.0.0.1:9")).toBe(false);
    } finally {
      await provider.stop();
    }
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
