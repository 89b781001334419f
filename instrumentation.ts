import { noteRequestError } from "./lib/net/database-outage";

/** Runs once when the Next.js server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startPdfRenderPool } = await import("./lib/packet/pdf-render-pool");
    startPdfRenderPool();
    // The scheduled jobs (retention): not while Next builds, and not where switched off (ANKOMST_JOBS=off).
    if (process.env.NEXT_PHASE !== "phase-production-build" && process.env.ANKOMST_JOBS !== "off" && process.env.DATABASE_URL) {
      const { startJobRunnerWhenReachable } = await import("./lib/jobs/job-runner");
      const { createPrismaClient } = await import("./lib/db-client");
      // Jobs get their own small pool with the long statement timeout; requests keep theirs short.
      const db = createPrismaClient(process.env.DATABASE_URL, { purpose: "jobs", max: 3 });
      void startJobRunnerWhenReachable({ connectionString: process.env.DATABASE_URL, db });
    }
  }
}

/**
 * Every error Next.js catches while answering a request, into the structured server log (the
 * user sees a translated error page, never this). An outage is noted at once, before the answer's
 * status is sent, so the server answers it 503 and any other failure 500.
 */
export async function onRequestError(error: unknown, request: { path: string; method: string }, context: { routerKind: string; routeType: string }) {
  noteRequestError(error);
  const { logEvent } = await import("./lib/log/log-event");
  logEvent("error", "request-failed", {
    error,
    path: request.path.replace(/\/welcome\/[^/?]+/, "/welcome/[token]"),
    method: request.method,
    route: context.routeType,
  });
}
