/**
 * The production web server: Next.js behind a few lines that decide which forwarded headers to
 * believe (lib/net/forwarded-headers.ts). `next start` would pass a client's own X-Forwarded-For
 * and X-Forwarded-Host through, and the app's rate limits and Next's server-action origin check
 * would trust them.
 * Run by `npm start`: node --import tsx scripts/server.ts --port 3000
 */
import { createServer } from "node:http";
import type { TLSSocket } from "node:tls";
import { parseArgs } from "node:util";
import next from "next";
import { applyTrustedClient, isCrossOriginWrite, parseTrustedProxyCount, trustedClient } from "@/lib/net/forwarded-headers";
import { addHashedCspToCachedPages } from "@/lib/net/hashed-csp-response";
import { answerFailuresAsUnavailable } from "@/lib/net/outage-response";

const { values: flags } = parseArgs({ options: { port: { type: "string", default: process.env.PORT ?? "3000" } } });
const port = Number(flags.port);
const trustedProxyCount = parseTrustedProxyCount(process.env.TRUSTED_PROXY_COUNT);
/** No form of Ankomst sends more (Next's server actions stop at 1 MB too, with a 500): answer 413 first. */
const MAX_BODY_BYTES = 1024 * 1024;

const app = next({ dev: false, dir: process.cwd(), port });
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
  if (Number(request.headers["content-length"] ?? 0) > MAX_BODY_BYTES) {
    response.writeHead(413, { "Content-Type": "text/plain; charset=utf-8", Connection: "close" }).end("The request is too large.");
    request.resume();
    return;
  }
  if (isCrossOriginWrite(request.method, request.headers.origin, client.host)) {
    response.writeHead(403, { "Content-Type": "text/plain; charset=utf-8" }).end("This request came from another site.");
    return;
  }
  answerFailuresAsUnavailable(response);
  addHashedCspToCachedPages(response, { isHttps: client.proto === "https" });
  void handle(request, response);
}).listen(port, () => {
  console.log(`▲ Ankomst on http://localhost:${port}${trustedProxyCount ? ` (trusting ${trustedProxyCount} proxy hop(s) for client addresses)` : ""}`);
});
