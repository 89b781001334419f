import { AsyncLocalStorage } from "node:async_hooks";
import { DATABASE_OUTAGE_DIGEST } from "./outage-digest";

/**
 * Prisma's codes for a database it cannot reach or that stopped answering: P1001 can't reach,
 * P1002 timed out reaching, P1008 operation timed out, P1017 server closed the connection,
 * P2024 timed out waiting for a connection from the pool.
 */
const PRISMA_OUTAGE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** Node's socket errors for a server that is away. */
const SOCKET_OUTAGE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
/**
 * PostgreSQL's SQLSTATEs for "not now": 57014 query_canceled (our statement_timeout), 57P01-57P03
 * shutting down or starting up, 53300 too many connections, class 08 connection exceptions.
 */
const isPostgresOutageState = (code: string) => /^(57014|57P0[123]|53300|08\w{3})$/.test(code);
/**
 * The adapter's and node-postgres's words for the same, where they carry no code ("not queryable":
 * a pooled client whose connection the server ended as it shut down, met by the next query).
 */
const OUTAGE_MESSAGE =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Query read timeout|canceling statement due to statement timeout|Can't reach database server|DatabaseNotReachable|ConnectionClosed|SocketTimeout|TooManyConnections|Client has encountered a connection error and is not queryable/i;

/**
 * Whether an error means the database is away or too slow right now, which a client may try again
 * in a moment (503, "temporarily unavailable"), rather than a fault of the app (500, logged) or
 * of the input. Looks through the causes, as Prisma's driver adapter wraps the driver's error.
 */
export function isDatabaseOutage(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const { code, message, kind, cause, meta } = current as { code?: unknown; message?: unknown; kind?: unknown; cause?: unknown; meta?: unknown };
    if (typeof code === "string" && (PRISMA_OUTAGE_CODES.has(code) || SOCKET_OUTAGE_CODES.has(code) || isPostgresOutageState(code))) return true;
    if (typeof kind === "string" && OUTAGE_MESSAGE.test(kind)) return true;
    if (typeof message === "string" && OUTAGE_MESSAGE.test(message)) return true;
    if (current instanceof AggregateError && current.errors.some(isDatabaseOutage)) return true;
    current = cause ?? (meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
  }
  return false;
}

type TRequestOutcome = { isDatabaseOutage: boolean };

/**
 * What went wrong while answering one request, for the server to choose 503 over 500. Kept on
 * globalThis: the server (scripts/server/server.ts) and the app's bundles load this module apart.
 */
const shared = globalThis as { ankomstRequestOutcomes?: AsyncLocalStorage<TRequestOutcome> };
shared.ankomstRequestOutcomes ??= new AsyncLocalStorage<TRequestOutcome>();
const requestOutcomes = shared.ankomstRequestOutcomes;

/** Runs the answer to one request, noting in the outcome it is given whether it failed because the database was away. */
export function answerNotingOutages<T>(answer: (outcome: TRequestOutcome) => T): T {
  const outcome: TRequestOutcome = { isDatabaseOutage: false };
  return requestOutcomes.run(outcome, () => answer(outcome));
}

/** Called for every error Next.js catches while answering (instrumentation.ts): notes an outage for the server. */
export function noteRequestError(error: unknown): void {
  const outcome = requestOutcomes.getStore();
  if (outcome && isDatabaseOutage(error)) outcome.isDatabaseOutage = true;
}

/**
 * Gives an outage's error the outage's digest, as the database client throws it (lib/db-client.ts):
 * Next keeps the digest an error already has, and the error page, which in production sees only
 * the digest, tells "temporarily unavailable" from a bug by it.
 */
export function withOutageDigest(error: unknown): unknown {
  if (error && typeof error === "object" && isDatabaseOutage(error)) (error as { digest?: string }).digest = DATABASE_OUTAGE_DIGEST;
  return error;
}
