import { MAX_REQUEST_BODY_BYTES } from "./body-limits";

export type TFormBody = { ok: true; formData: FormData } | { ok: false; status: 400 | 413 };

/**
 * A route handler's form post, read up to a limit (the same one server actions have): a larger body
 * is refused with 413 without being read to its end, also one sent in chunks with no length, and
 * one that does not parse as a form with 400.
 */
export async function readFormBody(request: Request, maxBytes = MAX_REQUEST_BODY_BYTES): Promise<TFormBody> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return { ok: false, status: 413 };
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      size += read.value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return { ok: false, status: 413 };
      }
      chunks.push(read.value);
    }
  }
  try {
    const body = new Blob(chunks as BlobPart[]);
    return { ok: true, formData: await new Response(body, { headers: { "Content-Type": request.headers.get("content-type") ?? "" } }).formData() };
  } catch {
    return { ok: false, status: 400 };
  }
}
