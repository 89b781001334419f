import os from "node:os";

/**
 * Lowers the calling worker thread's CPU priority (nice 10), so background work such as rendering
 * a PDF or drawing a logo yields the cores to the threads that answer requests. On Linux a
 * thread's nice value is its own (setpriority on the calling thread), so only this worker is
 * affected. On two cores, four render threads at normal priority made every page wait
 * (docs/decisions/002). Where it is not permitted, the work runs at normal priority.
 */
export function lowerThreadPriority(): void {
  try {
    os.setPriority(10);
  } catch {
    // Not permitted here: run at the normal priority.
  }
}
