import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { z } from "zod";

/**
 * Which identity providers Ankomst will talk to. The issuer an administrator types, and every
 * endpoint its discovery document names, make the server send requests (with the client secret
 * and the PKCE verifier to the token endpoint): so only HTTPS on the public internet, endpoints on
 * the issuer's own origin, checked when the provider is saved and again at every sign-in.
 *
 * `IDENTITY_PROVIDER_ALLOW_PRIVATE_NETWORK=true` lets an operator use a provider on loopback, a
 * private or a link-local address (and plain HTTP there), as the tests do and an on-premises
 * provider may need; `IDENTITY_PROVIDER_ALLOWED_ORIGINS` lists further origins (comma-separated)
 * the discovery document may point at, for providers that serve their endpoints elsewhere.
 */
const isPrivateNetworkAllowed = () => process.env.IDENTITY_PROVIDER_ALLOW_PRIVATE_NETWORK === "true";
const allowedOrigins = () =>
  (process.env.IDENTITY_PROVIDER_ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter((origin) => URL.canParse(origin))
    .map((origin) => new URL(origin).origin);

/** Addresses that are not the public internet: loopback, private, link-local, shared, unspecified, multicast, documentation. */
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3],
] as const)
  NOT_PUBLIC.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  NOT_PUBLIC.addSubnet(network, prefix, "ipv6");

export function isPublicAddress(address: string): boolean {
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it is.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPublicAddress(mapped);
  const family = isIP(address);
  if (family === 0) return false;
  return !NOT_PUBLIC.check(address, family === 4 ? "ipv4" : "ipv6");
}

/**
 * The issuer as typed, normalised (no trailing slash), or null when it cannot be one: not an
 * absolute http(s) address, or with credentials, a query or a fragment, even an empty one ("…/path#"
 * once made the server request any path it liked).
 */
export function normaliseIssuer(value: string): string | null {
  if (!URL.canParse(value) || /[?#]/.test(value)) return null;
  const url = new URL(value);
  if (url.username || url.password || (url.protocol !== "https:" && url.protocol !== "http:")) return null;
  if (url.protocol === "http:" && !isPrivateNetworkAllowed() && process.env.NODE_ENV !== "development") return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/** Whether the server may send a request to this address: its scheme, and every address its host name resolves to. */
async function isReachableByPolicy(url: URL): Promise<boolean> {
  if (url.protocol !== "https:" && !(url.protocol === "http:" && (isPrivateNetworkAllowed() || process.env.NODE_ENV === "development"))) return false;
  if (isPrivateNetworkAllowed()) return true;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true }).catch(() => [])).map((entry) => entry.address);
  return addresses.length > 0 && addresses.every(isPublicAddress);
}

const ZDiscoveryDocument = z.object({
  issuer: z.string(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
  userinfo_endpoint: z.url().optional(),
});

/** The endpoints next-auth signs in with, from a discovery document that passed every check. */
export type TIssuerEndpoints = { issuer: string; authorization: string; token: string; jwks: string; userinfo: string | undefined };

const DISCOVERY_TIMEOUT_MS = 5_000;

/**
 * The issuer's OpenID Connect discovery document, fetched and checked: the issuer and its address
 * are allowed, the document names this issuer, and every endpoint is on the issuer's origin (or an
 * allowed one) and allowed itself. Null for anything else.
 */
export async function discoverIssuer(issuer: string, fetchDocument: typeof fetch = fetch): Promise<TIssuerEndpoints | null> {
  const normalised = normaliseIssuer(issuer);
  if (!normalised || normalised !== issuer || !(await isReachableByPolicy(new URL(issuer)))) return null;
  try {
    const response = await fetchDocument(`${issuer}/.well-known/openid-configuration`, {
      signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS),
      redirect: "error",
      headers: { Accept: "application/json" },
    });
    if (!response.ok) return null;
    const document = ZDiscoveryDocument.safeParse(await response.json());
    if (!document.success || document.data.issuer.replace(/\/+$/, "") !== issuer) return null;
    const { authorization_endpoint, token_endpoint, jwks_uri, userinfo_endpoint } = document.data;
    const origins = new Set([new URL(issuer).origin, ...allowedOrigins()]);
    for (const endpoint of [authorization_endpoint, token_endpoint, jwks_uri, userinfo_endpoint]) {
      if (endpoint === undefined) continue;
      const url = new URL(endpoint);
      if (!origins.has(url.origin) || url.username || url.password || !(await isReachableByPolicy(url))) return null;
    }
    return { issuer, authorization: authorization_endpoint, token: token_endpoint, jwks: jwks_uri, userinfo: userinfo_endpoint };
  } catch {
    return null;
  }
}
