import { scriptFreeStylesheet } from "@/lib/styles/script-free-stylesheet";

/** The stylesheet of the pages sent without JavaScript, at the address its content's hash names. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const [{ file }, stylesheet] = await Promise.all([params, scriptFreeStylesheet()]);
  if (stylesheet.href !== `/styles/${file}`) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(stylesheet.css, {
    headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
