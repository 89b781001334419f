/**
 * One person using Ankomst over HTTP as a browser without JavaScript does (the forms work without
 * it): pages are fetched, forms posted with their hidden fields, redirects followed by the caller.
 * Every request is recorded with its outcome (load-figures.ts).
 */
import type { TOutcome, TSample } from "./load-figures";

/** What must never reach a user, even in a 503. */
const INTERNALS = /prisma|invocation|ECONNREFUSED|reach database|ETIMEDOUT|terminating connection|\bat \S+\.js:\d+/i;
const REQUEST_TIMEOUT_MS = 30_000;

export type TAnswer = { status: number; body: string; location: string | null };

/** How a request may say "not now" cleanly besides a 503: the form shown again, as typed, saying the save can be retried. */
export type TCheck = (answer: TAnswer) => boolean;
export type TExpectations = { isExpected: TCheck; isCleanRefusal?: TCheck };

function outcomeOf(answer: TAnswer, retryAfter: string | null, expectations: TExpectations): TOutcome {
  if (INTERNALS.test(answer.body)) return "wrong";
  if (expectations.isExpected(answer)) return "expected";
  if (answer.status === 503 && retryAfter) return "unavailable";
  if (expectations.isCleanRefusal?.(answer)) return "unavailable";
  return "wrong";
}

const PAGE: TExpectations = { isExpected: (answer) => answer.status === 200 };
const SAVE: TExpectations = { isExpected: (answer) => answer.status === 303 };

export class Visitor {
  constructor(
    private readonly base: string,
    private readonly samples: TSample[],
    private readonly cookie?: string,
  ) {}

  get(kind: string, path: string, expectations: TExpectations = PAGE): Promise<TAnswer | null> {
    return this.send(kind, path, { method: "GET" }, expectations);
  }

  /** A form post, as multipart like the browser sends it; a save answers with a redirect (303). */
  post(kind: string, path: string, fields: Record<string, string>, expectations: TExpectations = SAVE) {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    return this.send(kind, path, { method: "POST", body, headers: { Origin: new URL(this.base).origin } }, expectations);
  }

  private async send(kind: string, path: string, init: RequestInit, expectations: TExpectations): Promise<TAnswer | null> {
    const startedAt = Date.now();
    try {
      const response = await fetch(`${this.base}${path}`, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), ...(this.cookie ? { Cookie: this.cookie } : {}) },
        redirect: "manual",
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const isPdf = response.headers.get("content-type")?.includes("application/pdf");
      const body = isPdf ? `(PDF, ${(await response.arrayBuffer()).byteLength} bytes)` : await response.text();
      const answer = { status: response.status, body, location: response.headers.get("location") };
      const outcome = outcomeOf(answer, response.headers.get("retry-after"), expectations);
      this.samples.push({ kind, startedAt, endedAt: Date.now(), outcome, status: answer.status, note: outcome === "wrong" ? body.slice(0, 200) : undefined });
      return answer;
    } catch (error) {
      this.samples.push({
        kind,
        startedAt,
        endedAt: Date.now(),
        outcome: "wrong",
        status: null,
        note: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
      return null;
    }
  }
}
