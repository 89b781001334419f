import { z } from "zod";
import { appUrl } from "@/lib/app-url";
import type { TActingUser } from "@/lib/auth/acting-user";
import { openSealedBytes, sealBytes } from "@/lib/crypto/sealed-bytes";
import { deriveServerKey } from "@/lib/crypto/server-key";
import type { PrismaClient } from "@/lib/db-client";
import { recordMunicipalityChange } from "@/lib/municipalities/record-municipality-change";
import { discoverIssuer, normaliseIssuer } from "./issuer-policy";

const secretKey = () => deriveServerKey("identity-provider-secret", "IDENTITY_PROVIDER_SECRET_KEY");

/** The administrator's form for their municipality's identity provider. A blank secret keeps the one stored. */
export const ZIdentityProviderSettings = z.object({
  issuer: z
    .string()
    .trim()
    .max(500, { error: "tooLong" })
    .refine((value) => value !== "", { error: "required" })
    .refine((value) => normaliseIssuer(value) !== null, { error: "issuerInvalid" })
    // The discovery document is found under the issuer; a trailing slash would double it.
    .transform((value) => normaliseIssuer(value) ?? value),
  clientId: z.string().trim().min(1, { error: "required" }).max(200, { error: "tooLong" }),
  clientSecret: z.string().max(500, { error: "tooLong" }),
  emailClaim: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9_.:/-]{0,99}$/, { error: "claimInvalid" }),
  isEnabled: z.enum(["yes"]).optional(),
});
export type TIdentityProviderInput = z.input<typeof ZIdentityProviderSettings>;
export type TIdentityProviderSettings = z.output<typeof ZIdentityProviderSettings>;

/** What the settings form shows: never the secret, only whether one is stored. */
export type TIdentityProviderView = { issuer: string; clientId: string; emailClaim: string; isEnabled: boolean; hasSecret: boolean; passwordSignIn: boolean };

export async function getIdentityProviderView(db: PrismaClient, municipalityId: string): Promise<TIdentityProviderView | null> {
  const municipality = await db.municipality.findUnique({
    where: { id: municipalityId },
    select: { passwordSignIn: true, identityProvider: { select: { issuer: true, clientId: true, emailClaim: true, isEnabled: true } } },
  });
  if (!municipality) return null;
  const provider = municipality.identityProvider;
  return {
    issuer: provider?.issuer ?? "",
    clientId: provider?.clientId ?? "",
    emailClaim: provider?.emailClaim ?? "email",
    isEnabled: provider?.isEnabled ?? false,
    hasSecret: provider !== null,
    passwordSignIn: municipality.passwordSignIn,
  };
}

export type TSaveIdentityProviderResult = { status: "saved" } | { status: "secret-required" } | { status: "password-sign-in-needs-provider" };

/**
 * Saves the administrator's municipality's provider. Turning it off is refused while password
 * sign-in is off too: nobody of the municipality could sign in any more.
 */
export async function saveIdentityProvider(
  db: PrismaClient,
  options: { admin: TActingUser; settings: TIdentityProviderSettings },
): Promise<TSaveIdentityProviderResult> {
  const { admin, settings } = options;
  const isEnabled = settings.isEnabled === "yes";
  return db.$transaction(async (tx) => {
    // Locked as setPasswordSignIn locks it: the two switches cannot both close at the same moment.
    await tx.$queryRaw`SELECT 1 FROM "Municipality" WHERE id = ${admin.municipalityId}::uuid FOR UPDATE`;
    const municipality = await tx.municipality.findUniqueOrThrow({
      where: { id: admin.municipalityId },
      select: { passwordSignIn: true, identityProvider: { select: { municipalityId: true } } },
    });
    if (!settings.clientSecret && !municipality.identityProvider) return { status: "secret-required" } as const;
    if (!isEnabled && !municipality.passwordSignIn) return { status: "password-sign-in-needs-provider" } as const;
    const fields = {
      issuer: settings.issuer,
      clientId: settings.clientId,
      emailClaim: settings.emailClaim,
      isEnabled,
      ...(settings.clientSecret ? { clientSecretSealed: sealBytes(secretKey(), Buffer.from(settings.clientSecret, "utf8"), admin.municipalityId) } : {}),
    };
    if (municipality.identityProvider) {
      await tx.identityProvider.update({ where: { municipalityId: admin.municipalityId }, data: fields });
    } else {
      await tx.identityProvider.create({
        data: { ...fields, municipalityId: admin.municipalityId, clientSecretSealed: fields.clientSecretSealed ?? new Uint8Array() },
      });
    }
    await recordMunicipalityChange(tx, {
      admin,
      isShownInPackets: false,
      metadata: { part: "identity-provider", issuer: settings.issuer, clientId: settings.clientId, isEnabled, secretChanged: Boolean(settings.clientSecret) },
    });
    return { status: "saved" } as const;
  });
}

/** Password sign-in may be switched off only while the identity provider is on: someone must be able to sign in. */
export async function setPasswordSignIn(
  db: PrismaClient,
  options: { admin: TActingUser; isAllowed: boolean },
): Promise<{ status: "saved" } | { status: "password-sign-in-needs-provider" }> {
  const { admin, isAllowed } = options;
  return db.$transaction(async (tx) => {
    // Locked, so a provider switched off at the same moment cannot leave both ways closed.
    await tx.$queryRaw`SELECT 1 FROM "Municipality" WHERE id = ${admin.municipalityId}::uuid FOR UPDATE`;
    const provider = await tx.identityProvider.findUnique({ where: { municipalityId: admin.municipalityId }, select: { isEnabled: true } });
    if (!isAllowed && !provider?.isEnabled) return { status: "password-sign-in-needs-provider" } as const;
    await tx.municipality.update({ where: { id: admin.municipalityId }, data: { passwordSignIn: isAllowed } });
    await recordMunicipalityChange(tx, { admin, isShownInPackets: false, metadata: { part: "password-sign-in", isAllowed } });
    return { status: "saved" } as const;
  });
}

/** An enabled provider, as next-auth is configured with it: one per municipality, named after its slug. */
export type TEnabledIdentityProvider = {
  providerId: string;
  municipalityId: string;
  municipalityName: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  emailClaim: string;
};

export const identityProviderIdOf = (slug: string) => `oidc-${slug}`;

/** The address the provider sends staff back to, to be registered with it (next-auth's callback route). */
export const identityProviderRedirectUri = (slug: string) => `${appUrl()}/api/auth/callback/${identityProviderIdOf(slug)}`;

/**
 * Whether the issuer publishes an OpenID Connect discovery document naming itself, with endpoints
 * Ankomst may use (lib/auth/issuer-policy.ts): checked before a provider is saved, so a mistyped
 * address is reported to the administrator, not to staff at sign-in.
 */
export async function isDiscoverableIssuer(issuer: string, fetchDocument: typeof fetch = fetch): Promise<boolean> {
  return (await discoverIssuer(issuer, fetchDocument)) !== null;
}

export async function listEnabledIdentityProviders(db: PrismaClient): Promise<TEnabledIdentityProvider[]> {
  const rows = await db.identityProvider.findMany({
    where: { isEnabled: true },
    select: {
      municipalityId: true,
      issuer: true,
      clientId: true,
      clientSecretSealed: true,
      emailClaim: true,
      municipality: { select: { slug: true, letterName: true } },
    },
    orderBy: { municipality: { letterName: "asc" } },
  });
  return rows.map((row) => ({
    providerId: identityProviderIdOf(row.municipality.slug),
    municipalityId: row.municipalityId,
    municipalityName: row.municipality.letterName,
    issuer: row.issuer,
    clientId: row.clientId,
    clientSecret: openSealedBytes(secretKey(), row.clientSecretSealed, row.municipalityId).toString("utf8"),
    emailClaim: row.emailClaim,
  }));
}

/** The sign-in page's buttons: which municipalities sign in through their provider (no secrets). */
export async function listSignInChoices(db: PrismaClient): Promise<{ providerId: string; municipalityName: string }[]> {
  const rows = await db.identityProvider.findMany({
    where: { isEnabled: true },
    select: { municipality: { select: { slug: true, letterName: true } } },
    orderBy: { municipality: { letterName: "asc" } },
  });
  return rows.map((row) => ({ providerId: identityProviderIdOf(row.municipality.slug), municipalityName: row.municipality.letterName }));
}
