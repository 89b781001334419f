import os from "node:os";
import { Worker } from "node:worker_threads";
import type { TPacket } from "./packet-model";
import { renderPacketPdf } from "./render-packet-pdf";

type TPending = { resolve: (pdf: Buffer) => void; reject: (error: Error) => void };
type TPoolWorker = { worker: Worker; busy: number };

const POOL_SIZE = Math.max(1, Math.min(os.availableParallelism(), 4));

// Note: on globalThis, because the server's instrumentation hook and the route handlers are
// separate bundles with their own copies of this module; both must use the same workers.
type TPoolState = { workers: TPoolWorker[]; pending: Map<number, TPending>; nextId: number };
const poolHost = globalThis as { ankomstPdfPool?: TPoolState };
poolHost.ankomstPdfPool ??= { workers: [], pending: new Map(), nextId: 0 };
const state: TPoolState = poolHost.ankomstPdfPool;
const { workers, pending } = state;

function startWorker(): TPoolWorker {
  // Bundled by Next.js (Turbopack) as a worker entry; see docs/decisions/002-pdf-rendering-in-process.md.
  const entry: TPoolWorker = { worker: new Worker(new URL("./pdf-render-worker.ts", import.meta.url)), busy: 0 };
  entry.worker.unref();
  entry.worker.on("message", ({ id, pdf, error }: { id: number; pdf?: Uint8Array; error?: string }) => {
    entry.busy--;
    const request = pending.get(id);
    pending.delete(id);
    if (!request) return;
    if (pdf) request.resolve(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
    else request.reject(new Error(error ?? "PDF render failed"));
  });
  entry.worker.on("error", (error) => {
    // A crashed worker is replaced; what it had in hand fails rather than hanging.
    workers.splice(workers.indexOf(entry), 1);
    for (const [id, request] of pending) {
      request.reject(error);
      pending.delete(id);
    }
  });
  return entry;
}

function leastBusyWorker(): TPoolWorker {
  if (workers.length < POOL_SIZE && workers.every((entry) => entry.busy > 0)) workers.push(startWorker());
  return workers.reduce((best, entry) => (entry.busy < best.busy ? entry : best));
}

/**
 * Renders in a worker thread inside the Next.js server, so a render never blocks other requests;
 * elsewhere (scripts, tests) in this thread.
 */
export async function renderPacketPdfOffThread(packet: TPacket): Promise<Buffer> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return renderPacketPdf(packet);
  const entry = leastBusyWorker();
  const id = state.nextId++;
  entry.busy++;
  return new Promise<Buffer>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    entry.worker.postMessage({ id, packet });
  });
}

/** Starts the workers ahead of the first packet (called once when the server starts). */
export function startPdfRenderPool(): void {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  while (workers.length < POOL_SIZE) workers.push(startWorker());
}
