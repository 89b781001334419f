import { unstable_rethrow } from "next/navigation";
import { logEvent } from "@/lib/log/log-event";

/**
 * Runs a form's server action; if it fails unexpectedly (the database is away), logs why and
 * answers with the form's own state instead, so the form keeps everything typed and says the save
 * can be tried again. Redirects and not-found answers pass through as they are.
 */
export async function retryableAction<T>(name: string, work: () => Promise<T>, failed: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    unstable_rethrow(error);
    logEvent("error", "action-failed", { action: name, error });
    return failed();
  }
}
