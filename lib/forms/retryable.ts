import { unstable_rethrow } from "next/navigation";
import { logEvent } from "@/lib/log/log-event";
import { isDatabaseOutage } from "@/lib/net/database-outage";

/**
 * Runs a form's server action; when the database is away or too slow (and only then), logs why
 * and answers with the form's own state instead, so the form keeps everything typed and says the
 * save can be tried again. Any other failure is a bug: it is thrown, logged by Next.js, and
 * answered 500. Redirects and not-found answers pass through as they are.
 */
export async function retryableAction<T>(name: string, work: () => Promise<T>, failed: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    unstable_rethrow(error);
    if (!isDatabaseOutage(error)) throw error;
    logEvent("error", "action-failed", { action: name, error });
    return failed();
  }
}
