// A worker thread that draws one uploaded logo (lib/municipalities/logo-render.ts): drawing runs
// in native code that cannot be interrupted, so it runs where it can be stopped, never on the
// thread that answers requests.
import { parentPort } from "node:worker_threads";
import { lowerThreadPriority } from "@/lib/workers/lower-thread-priority";
import { renderLogo } from "./logo-image";

lowerThreadPriority();

parentPort?.once("message", (upload: Uint8Array) => {
  parentPort?.postMessage(renderLogo(upload));
});
