import type { IncomingHttpHeaders } from "node:http";

/**
 * Which request headers may be believed about the client. Without trusted proxies in front
 * (`TRUSTED_PROXY_COUNT=0`, the default) the client is the socket's address and the host is the
 * Host header: any X-Forwarded-* a client sends is its own invention. Behind N proxies that each
 * append to X-Forwarded-For, the client is the address the outermost trusted proxy saw.
 */
export type TTrustedClient = { address: string; host: string; proto: "http" | "https" };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseTrustedProxyCount(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 0;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0 || count > 10) throw new Error(`TRUSTED_PROXY_COUNT must be a whole number from 0 to 10, not "${value}".`);
  return count;
}

export function trustedClient(options: {
  headers: IncomingHttpHeaders;
  socketAddress: string | undefined;
  isEncrypted: boolean;
  trustedProxyCount: number;
}): TTrustedClient {
  const { headers, trustedProxyCount } = options;
  const socket = options.socketAddress ?? "unknown";
  const ownHost = first(headers.host) ?? "localhost";
  const ownProto = options.isEncrypted ? "https" : "http";
  if (trustedProxyCount === 0) return { address: socket, host: ownHost, proto: ownProto };

  // [client-supplied..., client, proxy 1, ..., proxy N-1] + the socket (proxy N): the client is N from the end.
  const chain = [
    ...(first(headers["x-forwarded-for"]) ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
    socket,
  ];
  const address = chain[Math.max(0, chain.length - 1 - trustedProxyCount)]!;
  // A proxy that sets these overwrites them; the last value is the one the nearest proxy wrote.
  const lastOf = (value: string | undefined) => value?.split(",").at(-1)?.trim() || undefined;
  const forwardedProto = lastOf(first(headers["x-forwarded-proto"]));
  return {
    address,
    host: lastOf(first(headers["x-forwarded-host"])) ?? ownHost,
    proto: forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : ownProto,
  };
}

/** Replaces what a client may have sent with what is known, before Next.js reads any of it. */
export function applyTrustedClient(headers: IncomingHttpHeaders, client: TTrustedClient): void {
  headers["x-forwarded-for"] = client.address;
  headers["x-forwarded-host"] = client.host;
  headers["x-forwarded-proto"] = client.proto;
  delete headers["x-forwarded-port"];
  delete headers["x-real-ip"];
  delete headers.forwarded;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A form post or server action sent by a page of another site (cross-site request forgery):
 * browsers name the page's origin on every such request. Next.js checks server actions the same
 * way, but answers a mismatch with a 500; this answers 403 for every kind of write, first.
 */
export function isCrossOriginWrite(method: string | undefined, origin: string | undefined, host: string): boolean {
  if (SAFE_METHODS.has(method ?? "GET") || !origin) return false;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
