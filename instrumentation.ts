/** Runs once when the Next.js server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startPdfRenderPool } = await import("./lib/packet/pdf-render-pool");
    startPdfRenderPool();
  }
}

/**
 * Every error Next.js catches while answering a request, into the structured server log (the
 * user sees the translated "temporarily unavailable" page, never this).
 */
export async function onRequestError(error: unknown, request: { path: string; method: string }, context: { routerKind: string; routeType: string }) {
  const { logEvent } = await import("./lib/log/log-event");
  logEvent("error", "request-failed", {
    error,
    path: request.path.replace(/\/welcome\/[^/?]+/, "/welcome/[token]"),
    method: request.method,
    route: context.routeType,
  });
}
