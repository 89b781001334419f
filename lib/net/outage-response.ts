import type { ServerResponse } from "node:http";

/** Seconds a client is asked to wait before trying again when Ankomst cannot answer. */
export const RETRY_AFTER_SECONDS = 30;

/**
 * A request Ankomst could not answer (bad input is answered long before: it never gets here) is
 * almost always the database being away: 503 with Retry-After tells browsers, proxies and load
 * balancers "temporarily", where a 500 says "broken". The cause is in the server log.
 */
export function answerFailuresAsUnavailable(response: ServerResponse): void {
  const writeHead = response.writeHead.bind(response);
  response.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status !== 500) return writeHead(status, ...(rest as []));
    response.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
    response.setHeader("Cache-Control", "no-store");
    return writeHead(503, ...(rest as []));
  }) as ServerResponse["writeHead"];
}
