import type { ServerResponse } from "node:http";

/** Seconds a client is asked to wait before trying again when the database is away. */
export const RETRY_AFTER_SECONDS = 30;

/**
 * A request that failed because the database was away or too slow (noted while it was answered:
 * lib/net/database-outage.ts) is answered 503 with Retry-After, which tells browsers, proxies and
 * load balancers "temporarily"; any other failure stays the 500 Next.js sends, a bug to be fixed.
 * Next.js has no way to choose a page's status from the cause of its error, hence the server's.
 */
export function answerOutagesAsUnavailable(response: ServerResponse, outcome: { isDatabaseOutage: boolean }): void {
  const writeHead = response.writeHead.bind(response);
  response.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status !== 500 || !outcome.isDatabaseOutage) return writeHead(status, ...(rest as []));
    response.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
    response.setHeader("Cache-Control", "no-store");
    return writeHead(503, ...(rest as []));
  }) as ServerResponse["writeHead"];
}
