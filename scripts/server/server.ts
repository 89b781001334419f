/**
 * The production web server: Next.js behind a few lines that decide which forwarded headers to
 * believe (lib/net/forwarded-headers.ts). `next start` would pass a client's own X-Forwarded-For
 * and X-Forwarded-Host through, and the app's rate limits and Next's server-action origin check
 * would trust them.
 * Run by `npm start` (and `npm run dev`, with --dev): node --import tsx scripts/server/server.ts --port 3000
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { parseArgs } from "node:util";
import next from "next";
import { MAX_REQUEST_BODY_BYTES } from "@/lib/net/body-limits";
import { answerNotingOutages } from "@/lib/net/database-outage";
import { isWellFormedFormBody, readBoundedBody, replayedRequest } from "@/lib/net/form-post-body";
import { applyTrustedClient, isCrossOriginWrite, parseTrustedProxyCount, trustedClient } from "@/lib/net/forwarded-headers";
import { answerOutagesAsUnavailable } from "@/lib/net/outage-response";
import { isWellFormedRequestTarget } from "@/lib/net/request-target";

const { values: flags } = parseArgs({
  options: { port: { type: "string", default: process.env.PORT ?? "3000" }, dev: { type: "boolean", default: false } },
});
const port = Number(flags.port);
const trustedProxyCount = parseTrustedProxyCount(process.env.TRUSTED_PROXY_COUNT);

// A stop (the process manager's SIGTERM, Ctrl-C) ends the process normally: exit hooks run, and
// `--cpu-prof` (npm run bench:pages -- --profile) writes its profile.
for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => process.exit(0));

// `npm run dev` runs this same server in Next's development mode (hot reload), so what it decides holds there too.
const app = next({ dev: flags.dev, dir: process.cwd(), port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((request, response) => {
  const client = trustedClient({
    headers: request.headers,
    socketAddress: request.socket.remoteAddress,
    isEncrypted: Boolean((request.socket as TLSSocket).encrypted),
    trustedProxyCount,
  });
  applyTrustedClient(request.headers, client);
  // An address no browser sends ("/%ff"): a client's mistake, answered 400, never "temporarily unavailable".
  if (!isWellFormedRequestTarget(request.url)) {
    response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" }).end("The address is malformed.");
    request.resume();
    return;
  }
  if (Number(request.headers["content-length"] ?? 0) > MAX_REQUEST_BODY_BYTES) {
    response.writeHead(413, { "Content-Type": "text/plain; charset=utf-8", Connection: "close" }).end("The request is too large.");
    request.resume();
    return;
  }
  if (isCrossOriginWrite(request.method, request.headers.origin, client.host)) {
    response.writeHead(403, { "Content-Type": "text/plain; charset=utf-8" }).end("This request came from another site.");
    return;
  }
  // Every body is read within the limit first, API routes' too: one sent in chunks has no length to check above.
  if (request.method !== "GET" && request.method !== "HEAD") {
    void checkedBody(request, response).then((checked) => {
      if (checked) serve(checked, response);
    });
    return;
  }
  serve(request, response);
}).listen(port, () => {
  console.log(`▲ Ankomst on http://localhost:${port}${trustedProxyCount ? ` (trusting ${trustedProxyCount} proxy hop(s) for client addresses)` : ""}`);
});

/**
 * A body over the limit is answered here with 413, as is a form post or server action whose body is
 * malformed (400); else its replay goes to Next.
 */
async function checkedBody(request: IncomingMessage, response: ServerResponse): Promise<IncomingMessage | null> {
  const refuse = (status: 400 | 413, text: string) => {
    response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" }).end(text);
    return null;
  };
  try {
    const read = await readBoundedBody(request, MAX_REQUEST_BODY_BYTES);
    if (read.status === "too-large") return refuse(413, "The request is too large.");
    if (request.url?.startsWith("/api/")) return replayedRequest(request, read.body);
    const isServerAction = typeof request.headers["next-action"] === "string";
    if (!(await isWellFormedFormBody(request.headers["content-type"], read.body, isServerAction))) return refuse(400, "The request is malformed.");
    return replayedRequest(request, read.body);
  } catch {
    // The client went away while sending.
    response.destroy();
    return null;
  }
}

function serve(request: IncomingMessage, response: ServerResponse) {
  void answerNotingOutages((outcome) => {
    answerOutagesAsUnavailable(response, outcome);
    return handle(request, response);
  });
}
