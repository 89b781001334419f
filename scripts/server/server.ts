/**
 * The production web server: Next.js behind a few lines that decide which forwarded headers to
 * believe (lib/net/forwarded-headers.ts). `next start` would pass a client's own X-Forwarded-For
 * and X-Forwarded-Host through, and the app's rate limits and Next's server-action origin check
 * would trust them.
 * Run by `npm start`: node --import tsx scripts/server/server.ts --port 3000
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { parseArgs } from "node:util";
import next from "next";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import type { TPacketLanguage } from "@/lib/i18n/languages";
import { MAX_REQUEST_BODY_BYTES } from "@/lib/net/body-limits";
import { answerNotingOutages } from "@/lib/net/database-outage";
import { isWellFormedFormBody, readBoundedBody, replayedRequest } from "@/lib/net/form-post-body";
import { applyTrustedClient, isCrossOriginWrite, parseTrustedProxyCount, trustedClient } from "@/lib/net/forwarded-headers";
import { addHashedCspToCachedPages } from "@/lib/net/hashed-csp-response";
import { answerOutagesAsUnavailable } from "@/lib/net/outage-response";
import { isWellFormedRequestTarget } from "@/lib/net/request-target";
import { isScriptFreePage, sendWithoutScripts } from "@/lib/net/script-free-pages";
import { WRONG_LINK_RULE } from "@/lib/newcomer/open-welcome-link";
import { refusedNewcomerPage } from "@/lib/newcomer/refused-page";
import { isRefused, limiterFor } from "@/lib/rate-limit/limiters";

const { values: flags } = parseArgs({ options: { port: { type: "string", default: process.env.PORT ?? "3000" } } });
const port = Number(flags.port);
const trustedProxyCount = parseTrustedProxyCount(process.env.TRUSTED_PROXY_COUNT);

// A stop (the process manager's SIGTERM, Ctrl-C) ends the process normally: exit hooks run, and
// `--cpu-prof` (npm run bench:pages -- --profile) writes its profile.
for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => process.exit(0));

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
      if (checked) serve(checked, response, client.proto === "https");
    });
    return;
  }
  const refusedLocale = newcomerPageLocale(request.method, request.url);
  if (refusedLocale) {
    void answerRefusedNewcomer(refusedLocale, client.address, response).then((isAnswered) => {
      if (!isAnswered) serve(request, response, client.proto === "https");
    });
    return;
  }
  serve(request, response, client.proto === "https");
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

function serve(request: IncomingMessage, response: ServerResponse, isHttps: boolean) {
  void answerNotingOutages((outcome) => {
    answerOutagesAsUnavailable(response, outcome);
    addHashedCspToCachedPages(response, { isHttps });
    // Installed last, so it strips the scripts before the CSP above is made from what is left.
    if (isScriptFreePage(request.method, request.url)) sendWithoutScripts(response);
    return handle(request, response);
  });
}

const NEWCOMER_PAGE = /^\/(da|en|de)\/welcome\/[^/?]+\/?(\?.*)?$/;
function newcomerPageLocale(method: string | undefined, url: string | undefined): TPacketLanguage | null {
  if (method !== "GET") return null;
  return (url?.match(NEWCOMER_PAGE)?.[1] as TPacketLanguage | undefined) ?? null;
}

// Only for the refusal check; the app's own queries use its client inside Next.js.
let refusalDb: PrismaClient | undefined;
/** A client refused for guessing links gets 429 for the newcomer page too, as it does for the PDF. */
async function answerRefusedNewcomer(locale: TPacketLanguage, clientAddress: string, response: ServerResponse): Promise<boolean> {
  try {
    refusalDb ??= createPrismaClient(process.env.DATABASE_URL);
    if (!(await isRefused(limiterFor(refusalDb, "wrong-link", WRONG_LINK_RULE), clientAddress))) return false;
  } catch {
    // The database is away: Next.js answers with its 503 page.
    return false;
  }
  response.writeHead(429, {
    "Content-Type": "text/html; charset=utf-8",
    "Retry-After": String(WRONG_LINK_RULE.blockSeconds),
    "Cache-Control": "no-store",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
  });
  response.end(refusedNewcomerPage(locale));
  return true;
}
