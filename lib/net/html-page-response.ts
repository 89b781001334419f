import "server-only";
import { Writable } from "node:stream";
import type { ReactElement } from "react";

/**
 * A whole HTML document rendered from React components, for the pages a route handler sends
 * without JavaScript: the App Router's pages always carry its runtime (vercel/next.js#45009).
 * Waits for every async component (onAllReady), so nothing streams in later. Node's streams, not
 * the web's: measured faster for a whole page on Node (decision 005).
 */
export async function renderHtmlDocument(document: ReactElement): Promise<string> {
  const { renderToPipeableStream } = await import("react-dom/server");
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
      final(done) {
        resolve(Buffer.concat(chunks).toString("utf8"));
        done();
      },
    });
    const stream = renderToPipeableStream(document, {
      onAllReady: () => stream.pipe(sink),
      onShellError: reject,
      onError: reject,
    });
  });
}

/** A rendered document as a route handler's answer, with the handler's own status: 404 and 429 come from the handler itself. */
export function htmlResponse(html: string, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(html, { status: init.status ?? 200, headers: { "Content-Type": "text/html; charset=utf-8", ...init.headers } });
}
