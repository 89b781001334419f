import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { LOGO_HEIGHT_PX } from "@/lib/municipalities/logo-image";
import { renderLogoOffThread } from "@/lib/municipalities/logo-render";

const realWorker = () => new Worker(new URL("../support/logo-render-worker.mjs", import.meta.url));
/** A worker that never answers, as one drawing a hostile image would be: it cannot be asked to stop. */
const stuckWorker = () => new Worker("for (;;) {}", { eval: true });

describe("drawing an uploaded logo in a worker thread", () => {
  it("draws a logo in the worker and hands back the PNG", async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100" fill="#1a5ea6"/></svg>`;
    const result = await renderLogoOffThread(Buffer.from(svg), { createWorker: realWorker });
    if (!result.ok) throw new Error(result.error);
    expect(result.logo.height).toBe(LOGO_HEIGHT_PX);
    expect(Buffer.isBuffer(result.logo.png)).toBe(true);
    expect(result.logo.png.subarray(1, 4).toString()).toBe("PNG");
  });

  it("refuses the upload when drawing overruns its time, stops the worker, and never blocks this thread", async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    let worker: Worker | undefined;
    const result = await renderLogoOffThread(Buffer.from("<svg/>"), {
      createWorker: () => {
        worker = stuckWorker();
        return worker;
      },
      timeoutMs: 500,
    });
    clearInterval(ticker);
    expect(result).toEqual({ ok: false, error: "logoTooComplex" });
    // This thread went on answering while the worker spun.
    expect(ticks).toBeGreaterThan(5);
    expect(worker?.threadId).toBe(-1);
  });
});
