import "server-only";
import type { ReactElement } from "react";

/**
 * A whole HTML document rendered from React components, for the pages a route handler sends
 * without JavaScript: the App Router's pages always carry its runtime (vercel/next.js#45009).
 * Waits for every async component, so nothing streams in later.
 */
export async function renderHtmlDocument(document: ReactElement): Promise<string> {
  const { renderToReadableStream } = await import("react-dom/server");
  const stream = await renderToReadableStream(document);
  await stream.allReady;
  return new Response(stream).text();
}

/** A rendered document as a route handler's answer, with the handler's own status: 404 and 429 come from the handler itself. */
export function htmlResponse(html: string, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(html, { status: init.status ?? 200, headers: { "Content-Type": "text/html; charset=utf-8", ...init.headers } });
}
