// A worker thread of `npm run bench:packet`. Worker threads do not inherit tsx's loader,
// so the worker registers it itself before importing TypeScript.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { renderBenchPackets } = await import("./bench-packet-households.ts");
const { warmUpPdfRenderer } = await import("../../lib/packet/render-packet-pdf.ts");
// Like the server's render pool, which warms its workers when the server starts.
await warmUpPdfRenderer();
parentPort.postMessage("ready");
parentPort.once("message", async () => {
  await renderBenchPackets(workerData.count);
  parentPort.postMessage("done");
});
