import os from "node:os";
import { Worker } from "node:worker_threads";
import type { TPacket } from "./packet-model";
import { renderPacketPdf } from "./render-packet-pdf";

/** A render that failed for a reason of the pool, not of the packet: a worker stopped, or it took too long. */
export class PdfRenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PdfRenderError";
  }
}

type TPending = { resolve: (pdf: Buffer) => void; reject: (error: Error) => void; timer: NodeJS.Timeout };
type TPoolWorker = { worker: Worker; pending: Map<number, TPending> };
type TWorkerReply = { id: number; pdf?: Uint8Array; error?: string };

export type TPdfRenderPoolOptions = {
  size: number;
  createWorker: () => Worker;
  /** After this, the caller gets a PdfRenderError and the worker, which may be stuck, is replaced. */
  timeoutMs: number;
};

/**
 * Worker threads that render packet PDFs. Each worker keeps its own pending renders, so a worker
 * that crashes, exits or hangs fails only what it had in hand, and is replaced.
 */
export class PdfRenderPool {
  private readonly workers: TPoolWorker[] = [];
  private nextId = 0;

  constructor(private readonly options: TPdfRenderPoolOptions) {}

  /** Starts every worker ahead of the first render (each warms up on start). */
  start(): void {
    while (this.workers.length < this.options.size) this.workers.push(this.startWorker());
  }

  get workerCount(): number {
    return this.workers.length;
  }

  render(packet: TPacket, logoPng: Uint8Array | null = null): Promise<Buffer> {
    const entry = this.leastBusyWorker();
    const id = this.nextId++;
    return new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(() => {
        entry.pending.delete(id);
        reject(new PdfRenderError(`The PDF was not ready within ${this.options.timeoutMs} ms.`));
        // A render that overran may be stuck in a loop: the worker is not trusted with more.
        this.retire(entry, new PdfRenderError("The PDF render worker was restarted after a render overran its time."));
      }, this.options.timeoutMs);
      timer.unref();
      entry.pending.set(id, { resolve, reject, timer });
      entry.worker.postMessage({ id, packet, logoPng });
    });
  }

  async close(): Promise<void> {
    const entries = this.workers.splice(0);
    for (const entry of entries) this.failPending(entry, new PdfRenderError("The PDF render pool was closed."));
    await Promise.all(entries.map((entry) => entry.worker.terminate()));
  }

  private leastBusyWorker(): TPoolWorker {
    if (this.workers.length < this.options.size && this.workers.every((entry) => entry.pending.size > 0)) this.workers.push(this.startWorker());
    return this.workers.reduce((best, entry) => (entry.pending.size < best.pending.size ? entry : best));
  }

  private startWorker(): TPoolWorker {
    const entry: TPoolWorker = { worker: this.options.createWorker(), pending: new Map() };
    entry.worker.unref();
    entry.worker.on("message", ({ id, pdf, error }: TWorkerReply) => {
      const request = entry.pending.get(id);
      if (!request) return;
      entry.pending.delete(id);
      clearTimeout(request.timer);
      if (pdf) request.resolve(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
      else request.reject(new Error(error ?? "PDF render failed"));
    });
    // An uncaught error ends the worker ("exit" follows); "exit" alone covers a worker that stops silently.
    entry.worker.on("error", (error) => this.retire(entry, new PdfRenderError(`The PDF render worker crashed: ${error.message}`)));
    entry.worker.on("exit", (code) => this.retire(entry, new PdfRenderError(`The PDF render worker stopped (exit code ${code}).`)));
    return entry;
  }

  /** Takes a worker out of the pool, fails what it had in hand, and starts a replacement. */
  private retire(entry: TPoolWorker, reason: PdfRenderError): void {
    const index = this.workers.indexOf(entry);
    this.failPending(entry, reason);
    if (index === -1) return;
    this.workers.splice(index, 1);
    void entry.worker.terminate();
    this.workers.push(this.startWorker());
  }

  private failPending(entry: TPoolWorker, reason: Error): void {
    for (const request of entry.pending.values()) {
      clearTimeout(request.timer);
      request.reject(reason);
    }
    entry.pending.clear();
  }
}

const POOL_SIZE = Math.max(1, Math.min(os.availableParallelism(), 4));
const RENDER_TIMEOUT_MS = 20_000;

// Note: on globalThis, because the server's instrumentation hook and the route handlers are
// separate bundles with their own copies of this module; both must use the same workers.
const poolHost = globalThis as { ankomstPdfPool?: PdfRenderPool };

function serverPool(): PdfRenderPool {
  poolHost.ankomstPdfPool ??= new PdfRenderPool({
    size: POOL_SIZE,
    timeoutMs: RENDER_TIMEOUT_MS,
    // Bundled by Next.js (Turbopack) as a worker entry; see docs/decisions/002-pdf-rendering-in-process.md.
    createWorker: () => new Worker(new URL("./pdf-render-worker.ts", import.meta.url)),
  });
  return poolHost.ankomstPdfPool;
}

/**
 * Renders in a worker thread inside the Next.js server, so a render never blocks other requests;
 * elsewhere (scripts, tests) in this thread.
 */
export async function renderPacketPdfOffThread(packet: TPacket, logoPng: Uint8Array | null): Promise<Buffer> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return renderPacketPdf(packet, logoPng);
  return serverPool().render(packet, logoPng);
}

/** Starts the workers ahead of the first packet (called once when the server starts). */
export function startPdfRenderPool(): void {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  serverPool().start();
}
