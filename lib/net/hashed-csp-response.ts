import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import { contentSecurityPolicy, inlineScriptHashes } from "./content-security-policy";

type TChunk = string | Buffer | Uint8Array;

/**
 * For an HTML page that comes without a Content-Security-Policy (the pages served from cache,
 * which cannot carry a per-request nonce): holds the page back, hashes its inline scripts and
 * sends it with a CSP that allows exactly those. Anything else passes through untouched.
 */
export function addHashedCspToCachedPages(response: ServerResponse, options: { isHttps: boolean }): void {
  const original = { writeHead: response.writeHead.bind(response), write: response.write.bind(response), end: response.end.bind(response) };
  let pendingHead: { status: number; headers: OutgoingHttpHeaders } | null = null;
  let decided: "hold" | "pass" | null = null;
  const held: Buffer[] = [];

  const headerOf = (name: string) => {
    const fromHead = pendingHead?.headers[name] ?? pendingHead?.headers[name.toLowerCase()];
    return String(fromHead ?? response.getHeader(name) ?? "");
  };
  const decide = () => {
    if (decided) return decided;
    decided = headerOf("content-type").startsWith("text/html") && !headerOf("content-security-policy") ? "hold" : "pass";
    if (decided === "pass") {
      Object.assign(response, original);
      if (pendingHead) original.writeHead(pendingHead.status, pendingHead.headers);
    }
    return decided;
  };
  const toBuffer = (chunk: TChunk, encoding?: BufferEncoding) => (typeof chunk === "string" ? Buffer.from(chunk, encoding) : Buffer.from(chunk));

  response.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((argument): argument is OutgoingHttpHeaders => typeof argument === "object" && argument !== null && !Array.isArray(argument));
    pendingHead = { status, headers: headers ?? {} };
    return response;
  }) as ServerResponse["writeHead"];

  response.write = ((chunk: TChunk, encoding?: BufferEncoding | (() => void), callback?: () => void) => {
    if (decide() === "pass") return original.write(chunk, encoding as BufferEncoding, callback);
    held.push(toBuffer(chunk, typeof encoding === "string" ? encoding : undefined));
    if (typeof encoding === "function") encoding();
    else callback?.();
    return true;
  }) as ServerResponse["write"];

  response.end = ((chunk?: TChunk | (() => void), encoding?: BufferEncoding | (() => void), callback?: () => void) => {
    if (decide() === "pass") return original.end(chunk as TChunk, encoding as BufferEncoding, callback);
    if (chunk && typeof chunk !== "function") held.push(toBuffer(chunk, typeof encoding === "string" ? encoding : undefined));
    const body = Buffer.concat(held);
    const done = typeof chunk === "function" ? chunk : typeof encoding === "function" ? encoding : callback;
    // A 304 or a HEAD has no body to hash; a CSP on it would replace the cached page's own.
    if (body.length === 0) {
      original.writeHead(pendingHead?.status ?? response.statusCode, pendingHead?.headers ?? {});
      return original.end(done);
    }
    const policy = contentSecurityPolicy({ scripts: { hashes: inlineScriptHashes(body.toString("utf8")) }, isHttps: options.isHttps });
    const headers = { ...(pendingHead?.headers ?? {}), "content-security-policy": policy, "content-length": String(body.length) };
    response.removeHeader("transfer-encoding");
    original.writeHead(pendingHead?.status ?? response.statusCode, headers);
    return original.end(body, done);
  }) as ServerResponse["end"];
}
