// A worker thread that draws one uploaded logo (lib/municipalities/logo-render.ts): drawing runs
// in native code that cannot be interrupted, so it runs where it can be stopped, never on the
// thread that answers requests.
import os from "node:os";
import { parentPort } from "node:worker_threads";
import { renderLogo } from "./logo-image";

// Drawing yields the cores to the threads that answer requests (a thread's own nice value on Linux).
try {
  os.setPriority(10);
} catch {
  // Not permitted here: draw at the normal priority.
}

parentPort?.once("message", (upload: Uint8Array) => {
  parentPort?.postMessage(renderLogo(upload));
});
