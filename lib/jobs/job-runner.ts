import { PgBoss } from "pg-boss";
import type { PrismaClient } from "@/lib/db-client";
import { logEvent } from "@/lib/log/log-event";
import { isMailConfigured } from "@/lib/mail/mail-transport";
import { runReminders } from "@/lib/reminders/run-reminders";
import { runRetention } from "@/lib/retention/run-retention";
import { backfillApplicableStepIds } from "@/lib/steps/applicable-step-ids";

/** The queue of the retention job; pg-boss keeps its tables in the schema of this name. */
export const RETENTION_QUEUE = "retention";
export const JOBS_SCHEMA = "pgboss";
/** Every night at 02:15 Danish time, when nobody is registering arrivals. */
export const RETENTION_SCHEDULE = "15 2 * * *";
/** The reminder e-mails' queue, run every morning at 08:00 Danish time: a reminder read at breakfast, not at night. */
export const REMINDERS_QUEUE = "reminders";
export const REMINDERS_SCHEDULE = "0 8 * * *";
/**
 * The households' stored steps and deadlines (work list, statistics) computed again after an
 * administrator changed a step's rules, deadline or place: every five minutes, the arrivals behind
 * their municipality's rules revision (decision 019).
 */
export const STEPS_REFRESH_QUEUE = "steps-refresh";
export const STEPS_REFRESH_SCHEDULE = "*/5 * * * *";

/**
 * Scheduled work on pg-boss, a job queue in PostgreSQL (docs/decisions/010, 013): the nightly
 * retention run and the morning's reminder e-mails. Every instance runs a worker and the queue hands
 * each job to one of them, so two instances never run the same job at once ("stately": at most one
 * queued and one active), and a job cut off by a crash is retried.
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
    // A run that could not send every e-mail fails, and is tried again later, a little later each time.
    await boss.createQueue(REMINDERS_QUEUE, { policy: "stately", retryLimit: 6, retryDelay: 300, retryBackoff: true, expireInSeconds: 3_600 });
    await boss.work(REMINDERS_QUEUE, async () => {
      if (isMailConfigured()) await runReminders(options.db);
      else logEvent("warn", "reminders.no-mail-server", { hint: "Set SMTP_URL to send reminders." });
    });
    await boss.createQueue(STEPS_REFRESH_QUEUE, { policy: "stately", retryLimit: 3, retryDelay: 60, expireInSeconds: 3_600 });
    await boss.work(STEPS_REFRESH_QUEUE, async () => {
      const recomputed = await backfillApplicableStepIds(options.db);
      if (recomputed > 0) logEvent("info", "steps.refreshed", { arrivals: recomputed });
    });
    if (options.schedule ?? true) {
      await boss.schedule(RETENTION_QUEUE, RETENTION_SCHEDULE, null, { tz: "Europe/Copenhagen" });
      await boss.schedule(REMINDERS_QUEUE, REMINDERS_SCHEDULE, null, { tz: "Europe/Copenhagen" });
      await boss.schedule(STEPS_REFRESH_QUEUE, STEPS_REFRESH_SCHEDULE, null, { tz: "Europe/Copenhagen" });
    }
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
      logEvent("info", "jobs.started", {
        queues: { [RETENTION_QUEUE]: RETENTION_SCHEDULE, [REMINDERS_QUEUE]: REMINDERS_SCHEDULE, [STEPS_REFRESH_QUEUE]: STEPS_REFRESH_SCHEDULE },
      });
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
