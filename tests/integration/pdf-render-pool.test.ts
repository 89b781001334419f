import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { PdfRenderError, PdfRenderPool } from "@/lib/packet/pdf-render-pool";
import { samplePacket } from "@/lib/packet/sample-packet";

const packet = (name: string) => samplePacket({ language: "en", person: [name, "Pool"], household: {} });
const isPdf = (pdf: Buffer) => pdf.subarray(0, 5).toString() === "%PDF-";

let pool: PdfRenderPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

/** A pool of real render workers (the server's worker entry), with each worker it starts recorded. */
function realPool(options: { size: number; timeoutMs: number }) {
  const started: Worker[] = [];
  pool = new PdfRenderPool({
    ...options,
    createWorker: () => {
      const worker = new Worker(new URL("../support/pdf-render-worker.mjs", import.meta.url));
      started.push(worker);
      return worker;
    },
  });
  return { pool, started };
}

describe("the PDF render pool", () => {
  it("fails only the killed worker's render; the other worker's renders complete and the next render works", { timeout: 60_000 }, async () => {
    const { pool, started } = realPool({ size: 2, timeoutMs: 30_000 });
    pool.start();
    const first = pool.render(packet("Ada"));
    const second = pool.render(packet("Bo"));
    const [firstSettled] = await Promise.all([
      first.then(
        (pdf) => ({ pdf }),
        (error: Error) => ({ error }),
      ),
      started[0]!.terminate(),
    ]);
    const secondPdf = await second;

    expect("error" in firstSettled && firstSettled.error).toBeInstanceOf(PdfRenderError);
    expect("error" in firstSettled && firstSettled.error.message).toMatch(/worker stopped/);
    expect(isPdf(secondPdf)).toBe(true);
    expect(pool.workerCount).toBe(2);
    expect(started).toHaveLength(3);
    expect(isPdf(await pool.render(packet("Cy")))).toBe(true);
  });

  it("gives a caller a clear error when a render takes too long, and replaces the worker", { timeout: 60_000 }, async () => {
    const { pool, started } = realPool({ size: 1, timeoutMs: 1 });
    await expect(pool.render(packet("Di"))).rejects.toThrow(/not ready within 1 ms/);
    expect(started).toHaveLength(2);
    expect(pool.workerCount).toBe(1);
  });

  it("fails a worker's pending renders when it crashes, without touching another worker's", { timeout: 60_000 }, async () => {
    const { pool, started } = realPool({ size: 2, timeoutMs: 30_000 });
    pool.start();
    const doomed = pool.render(packet("Ed"));
    const healthy = pool.render(packet("Flo"));
    started[0]!.emit("error", new Error("simulated crash"));
    await expect(doomed).rejects.toThrow(/crashed: simulated crash/);
    expect(isPdf(await healthy)).toBe(true);
    expect(pool.workerCount).toBe(2);
  });

  it("reports a packet that cannot be rendered as that render's error and keeps the worker", { timeout: 60_000 }, async () => {
    const { pool, started } = realPool({ size: 1, timeoutMs: 30_000 });
    const malformed = { ...packet("Gus"), sections: null } as unknown as ReturnType<typeof packet>;
    await expect(pool.render(malformed)).rejects.not.toBeInstanceOf(PdfRenderError);
    expect(isPdf(await pool.render(packet("Hal")))).toBe(true);
    expect(started).toHaveLength(1);
  });
});
