import { readScriptFontAsset, SCRIPT_FONT_PREFIX } from "@/lib/styles/script-fonts";
import { generatedFontAt } from "@/lib/styles/script-free-stylesheet";

/** The script fonts' files (Arabic, Chinese) the stylesheets of the pages sent without JavaScript name. */
export async function GET(_request: Request, { params }: { params: Promise<{ asset: string[] }> }) {
  const { asset } = await params;
  const generated = await generatedFontAt(`${SCRIPT_FONT_PREFIX}/${asset.join("/")}`);
  // The language chooser's words, cut at start: named by their content's hash, so kept for good.
  if (generated) return fontResponse(generated, "public, max-age=31536000, immutable");
  const font = await readScriptFontAsset(asset);
  if (!font) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  // Not hashed: a new Fontsource version may change a file under the same name, so a day, not for good.
  return fontResponse(font, "public, max-age=86400");
}

const fontResponse = (font: Buffer, cacheControl: string) =>
  new Response(new Uint8Array(font), { headers: { "Content-Type": "font/woff2", "Cache-Control": cacheControl } });
