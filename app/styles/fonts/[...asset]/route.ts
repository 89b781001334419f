import { readScriptFontAsset } from "@/lib/styles/script-fonts";

/** The script fonts' files (Arabic, Chinese) the stylesheet of the pages sent without JavaScript names. */
export async function GET(_request: Request, { params }: { params: Promise<{ asset: string[] }> }) {
  const font = await readScriptFontAsset((await params).asset);
  if (!font) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  // Not hashed: a new Fontsource version may change a file under the same name, so a day, not for good.
  return new Response(new Uint8Array(font), { headers: { "Content-Type": "font/woff2", "Cache-Control": "public, max-age=86400" } });
}
