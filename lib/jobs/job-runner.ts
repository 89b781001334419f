import { PgBoss } from "pg-boss";
import type { PrismaClient } from "@/lib/db-client";
import { logEvent } from "@/lib/log/log-event";
import { runRetention } from "@/lib/retention/run-retention";

/** The queue of the retention job; pg-boss keeps its tables in the schema of this name. */
export const RETENTION_QUEUE = "retention";
export const JOBS_SCHEMA = "pgboss";
/** Every night at 02:15 Danish time, when nobody is registering arrivals. */
export const RETENTION_SCHEDULE = "15 2 * * *";

/**
 * Scheduled work on pg-boss, a job queue in PostgreSQL (docs/decisions/010): every instance runs a
 * worker and the queue hands each job to one of them, so two instances never run the retention job
 * at once ("stately": at most one queued and one active), and a job cut off by a crash is retried.
 */
export async function startJobRunner(options: { connectionString: string; db: PrismaClient; schedule?: boolean; createSchema?: boolean }): Promise<PgBoss> {
  // The app's role may not create schemas: the job queue's is made for it (scripts/db/app-role.ts).
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: JOBS_SCHEMA,
    createSchema: options.createSchema ?? false,
    max: 2,
    application_name: "ankomst-jobs",
  });
  // Without a listener an error (the database away for a while) would end the process.
  boss.on("error", (error) => logEvent("error", "jobs.error", { error }));
  try {
    await boss.start();
    await boss.createQueue(RETENTION_QUEUE, { policy: "stately", retryLimit: 3, retryDelay: 300, expireInSeconds: 3_600 });
    await boss.work(RETENTION_QUEUE, async () => {
      await runRetention(options.db);
    });
    if (options.schedule ?? true) await boss.schedule(RETENTION_QUEUE, RETENTION_SCHEDULE, null, { tz: "Europe/Copenhagen" });
    return boss;
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => {});
    throw error;
  }
}

/** Starts the job runner, trying again every 30 s while the database cannot be reached, so the app starts anyway. */
export async function startJobRunnerWhenReachable(options: { connectionString: string; db: PrismaClient }): Promise<void> {
  for (;;) {
    try {
      await startJobRunner(options);
      logEvent("info", "jobs.started", { queue: RETENTION_QUEUE, schedule: RETENTION_SCHEDULE });
      return;
    } catch (error) {
      logEvent("error", "jobs.start-failed", { error });
      await new Promise((resolve) => setTimeout(resolve, 30_000).unref());
    }
  }
}

/** Asks for a retention run now (an administrator's button, or a test); null when one is already waiting. */
export function requestRetentionRun(boss: PgBoss): Promise<string | null> {
  return boss.send(RETENTION_QUEUE, null);
}
