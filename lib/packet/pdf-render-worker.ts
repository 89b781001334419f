// A worker thread of the PDF render pool (lib/packet/pdf-render-pool.ts): rendering takes a few
// hundred milliseconds of CPU, which would otherwise block every other request of the server.
import { parentPort } from "node:worker_threads";
import { lowerThreadPriority } from "@/lib/workers/lower-thread-priority";
import type { TPacket } from "./packet-model";
import { renderPacketPdf, warmUpPdfRenderer } from "./render-packet-pdf";

type TRenderRequest = { id: number; packet: TPacket; logoPng: Uint8Array | null };

// Rendering yields the cores to the threads that answer requests: a burst of renders no longer slows every page.
lowerThreadPriority();

// Warm up while the thread is otherwise idle: the first real packet then renders at full speed.
void warmUpPdfRenderer();

parentPort?.on("message", async ({ id, packet, logoPng }: TRenderRequest) => {
  try {
    const pdf = await renderPacketPdf(packet, logoPng);
    const bytes = new Uint8Array(pdf);
    parentPort?.postMessage({ id, pdf: bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
