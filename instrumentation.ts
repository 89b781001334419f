/** Runs once when the Next.js server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startPdfRenderPool } = await import("./lib/packet/pdf-render-pool");
    startPdfRenderPool();
  }
}
