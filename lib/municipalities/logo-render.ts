import "server-only";
import { Worker } from "node:worker_threads";
import { renderLogo, type TLogoError, type TRenderedLogo } from "./logo-image";

/** How long drawing one logo may take before the worker is stopped and the upload refused. */
export const LOGO_RENDER_TIMEOUT_MS = 5_000;

export type TLogoRenderResult = { ok: true; logo: TRenderedLogo } | { ok: false; error: TLogoError };

/**
 * Draws an uploaded logo in a worker thread of its own, stopped after `timeoutMs`: an SVG built to
 * be slow (within the cost limits of renderLogo or not) costs that worker, never the requests the
 * server is answering. Uploads are rare, so each gets a new worker. Outside the Next.js server
 * (scripts, tests) it draws in this thread unless a worker is given.
 */
export async function renderLogoOffThread(upload: Uint8Array, options: { createWorker?: () => Worker; timeoutMs?: number } = {}): Promise<TLogoRenderResult> {
  const createWorker =
    options.createWorker ??
    (process.env.NEXT_RUNTIME === "nodejs"
      ? // Bundled by Next.js (Turbopack) as a worker entry, as the PDF render pool's worker is.
        () => new Worker(new URL("./logo-render-worker.ts", import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 256 } })
      : null);
  if (!createWorker) return renderLogo(upload);
  const worker = createWorker();
  try {
    return await new Promise<TLogoRenderResult>((resolve) => {
      const timer = setTimeout(() => resolve({ ok: false, error: "logoTooComplex" }), options.timeoutMs ?? LOGO_RENDER_TIMEOUT_MS);
      const settle = (result: TLogoRenderResult) => {
        clearTimeout(timer);
        resolve(result);
      };
      worker.once("message", (result: TLogoRenderResult) =>
        settle(result.ok ? { ok: true, logo: { ...result.logo, png: Buffer.from(result.logo.png) } } : result),
      );
      // A worker that crashed or ran out of memory drew nothing usable.
      worker.once("error", () => settle({ ok: false, error: "logoTooComplex" }));
      worker.once("exit", () => settle({ ok: false, error: "logoUnreadable" }));
      worker.postMessage(upload);
    });
  } finally {
    await worker.terminate();
  }
}
