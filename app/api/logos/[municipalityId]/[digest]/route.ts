import { z } from "zod";
import { db } from "@/lib/db";
import { getLogoPng } from "@/lib/municipalities/municipality-logo";

const ZLogoAddress = z.object({ municipalityId: z.uuid(), digest: z.string().regex(/^[0-9a-f]{64}$/) });

/**
 * A municipality's letterhead logo, public like the letter it heads. The address names the
 * image's digest, so a browser may keep it for good: a new logo has a new address.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ municipalityId: string; digest: string }> }) {
  const address = ZLogoAddress.safeParse(await params);
  if (!address.success) return new Response("No such logo.", { status: 404 });
  const png = await getLogoPng(db, address.data);
  if (!png) return new Response("No such logo.", { status: 404 });
  return new Response(new Uint8Array(png), {
    headers: {
      "Content-Type": "image/png",
      "Content-Length": String(png.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
}
