import { IncomingMessage } from "node:http";

/**
 * Form posts and server actions, read before Next.js sees them (scripts/server/server.ts). Next answers a
 * body it cannot decode (a server action whose payload is not JSON, a multipart body with a broken
 * boundary) or one over its 1 MB limit sent without a Content-Length with a 500; here they get a
 * 400 and a 413, and Next gets the same bytes to read again.
 */
export type TBodyRead = { status: "read"; body: Buffer } | { status: "too-large" };

export function readBoundedBody(request: IncomingMessage, maxBytes: number): Promise<TBodyRead> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        request.off("data", onData);
        // The rest is read and dropped, so the client gets to read the refusal.
        request.resume();
        resolve({ status: "too-large" });
        return;
      }
      chunks.push(chunk);
    };
    request.on("data", onData);
    request.once("end", () => resolve({ status: "read", body: Buffer.concat(chunks) }));
    request.once("error", reject);
  });
}

/**
 * Whether a body is what a browser or Next's client sends for a form or a server action: a
 * server action's arguments as JSON (text/plain), or form fields (multipart or urlencoded) that
 * parse. Another content type is Next's to judge.
 */
export async function isWellFormedFormBody(contentType: string | undefined, body: Buffer, isServerAction: boolean): Promise<boolean> {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "text/plain" && isServerAction) {
    try {
      return isWellFormedActionArguments(JSON.parse(body.toString("utf8")));
    } catch {
      return false;
    }
  }
  if (type === "multipart/form-data" || type === "application/x-www-form-urlencoded") {
    try {
      await new Response(new Uint8Array(body), { headers: { "Content-Type": contentType! } }).formData();
      return true;
    } catch {
      return false;
    }
  }
  return true;
}

/** The request as it arrived, its body already read: what Next.js reads from is this copy. */
export function replayedRequest(original: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(original.socket);
  copy.method = original.method;
  copy.url = original.url;
  copy.httpVersion = original.httpVersion;
  copy.httpVersionMajor = original.httpVersionMajor;
  copy.httpVersionMinor = original.httpVersionMinor;
  copy.headers = original.headers;
  copy.rawHeaders = original.rawHeaders;
  copy.complete = true;
  if (body.length > 0) copy.push(body);
  copy.push(null);
  return copy;
}

/** Deeper than any argument Ankomst's actions take; React's decoder recurses, so 5,000 levels overflowed its stack. */
const MAX_ARGUMENT_DEPTH = 32;
/**
 * React's reply format marks special values with "$": "$$" is an escaped "$", and these stand for a
 * value on their own. Any other "$…" refers to another part of the body (a promise, a Map, a file, a
 * server reference…), which a text body has none of: React's decoder fails on it.
 */
const SELF_CONTAINED = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n)/;

/**
 * A server action's arguments as Next's client sends them in a text body: a JSON array of plain
 * values, not nested deeper than MAX_ARGUMENT_DEPTH, referring to no other part of the body.
 * Checked without recursion, so no body can overflow the stack here either.
 */
export function isWellFormedActionArguments(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 1 }];
  while (pending.length > 0) {
    const { value: current, depth } = pending.pop()!;
    if (typeof current === "string") {
      if (current.startsWith("$") && !SELF_CONTAINED.test(current)) return false;
      continue;
    }
    if (current === null || typeof current !== "object") continue;
    if (depth > MAX_ARGUMENT_DEPTH) return false;
    for (const child of Object.values(current)) pending.push({ value: child, depth: depth + 1 });
  }
  return true;
}
