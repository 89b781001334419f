import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

type TChunk = string | Buffer | Uint8Array;
type THeaderOf = (name: string) => string;

export type THtmlTransform = {
  /** Whether to hold this response back, decided from its status and headers when its body starts. */
  applies: (headerOf: THeaderOf, status: number) => boolean;
  /** The body to send instead, headers to set or replace, and another status if need be. */
  transform: (body: string, headerOf: THeaderOf) => { body: string; headers?: OutgoingHttpHeaders; status?: number };
};

/**
 * Holds back a response Next.js writes (when `applies` says so), and sends what `transform` makes
 * of its whole body instead, with its length. Anything else passes through untouched, streamed.
 * Wrappers stack: the one installed last sees Next's output first.
 */
export function transformHtmlResponse(response: ServerResponse, { applies, transform }: THtmlTransform): void {
  const original = { writeHead: response.writeHead.bind(response), write: response.write.bind(response), end: response.end.bind(response) };
  let pendingHead: { status: number; headers: OutgoingHttpHeaders } | null = null;
  let decided: "hold" | "pass" | null = null;
  const held: Buffer[] = [];

  // Header names in writeHead's object may come in any case; the response's own are case-insensitive.
  const headerOf: THeaderOf = (name) => {
    const key = Object.keys(pendingHead?.headers ?? {}).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    const fromHead = key === undefined ? undefined : pendingHead?.headers[key];
    return String(fromHead ?? response.getHeader(name) ?? "");
  };
  const decide = () => {
    if (decided) return decided;
    decided = applies(headerOf, pendingHead?.status ?? response.statusCode) ? "hold" : "pass";
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
    const heldBody = Buffer.concat(held);
    const done = typeof chunk === "function" ? chunk : typeof encoding === "function" ? encoding : callback;
    // A 304 or a HEAD has no body to transform, and its headers must stay those of the cached page.
    if (heldBody.length === 0) {
      original.writeHead(pendingHead?.status ?? response.statusCode, pendingHead?.headers ?? {});
      return original.end(done);
    }
    const result = transform(heldBody.toString("utf8"), headerOf);
    const body = Buffer.from(result.body, "utf8");
    const replaced = new Set([...Object.keys(result.headers ?? {}), "content-length"].map((name) => name.toLowerCase()));
    for (const name of replaced) response.removeHeader(name);
    const kept = Object.entries(pendingHead?.headers ?? {}).filter(([name]) => !replaced.has(name.toLowerCase()));
    const headers = { ...Object.fromEntries(kept), ...result.headers, "content-length": String(body.length) };
    response.removeHeader("transfer-encoding");
    original.writeHead(result.status ?? pendingHead?.status ?? response.statusCode, headers);
    return original.end(body, done);
  }) as ServerResponse["end"];
}
