import { scriptFreeStylesheetAt } from "@/lib/styles/script-free-stylesheet";

/** A stylesheet of the pages sent without JavaScript, at the address its content's hash names. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const stylesheet = await scriptFreeStylesheetAt(`/styles/${(await params).file}`);
  if (!stylesheet) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(stylesheet.css, {
    headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
