import { readDkfdsAsset } from "@/lib/styles/script-free-stylesheet";

/** The design system's icons and fonts, for the stylesheet of the pages sent without JavaScript. */
export async function GET(_request: Request, { params }: { params: Promise<{ asset: string[] }> }) {
  const asset = await readDkfdsAsset((await params).asset);
  if (!asset) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  // Not hashed: a new dkfds version may change a file under the same name, so a day, not for good.
  return new Response(new Uint8Array(asset.body), { headers: { "Content-Type": asset.contentType, "Cache-Control": "public, max-age=86400" } });
}
