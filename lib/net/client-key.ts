/**
 * The client's address, as the server established it: the socket's address, or with trusted
 * proxies configured the address the outermost one saw (scripts/server/server.ts replaces whatever a
 * client sent in X-Forwarded-For before the app sees it).
 */
export function clientKeyFrom(headers: Headers | Record<string, unknown> | undefined): string {
  const forwarded = headers instanceof Headers ? headers.get("x-forwarded-for") : headers?.["x-forwarded-for"];
  return (typeof forwarded === "string" && forwarded.trim()) || "unknown";
}
