import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { isWellFormedFormBody, readBoundedBody, replayedRequest } from "@/lib/net/form-post-body";

describe("form post bodies", () => {
  it("takes a server action's JSON arguments and parseable form fields, and refuses what cannot be decoded", async () => {
    const form = new FormData();
    form.append("givenName", "Ana");
    const multipart = new Request("http://x", { method: "POST", body: form });
    const multipartBody = Buffer.from(await multipart.arrayBuffer());
    const multipartType = multipart.headers.get("content-type")!;

    expect(await isWellFormedFormBody("text/plain;charset=UTF-8", Buffer.from('["a",{"a":1}]'), true)).toBe(true);
    // A text body has no other parts: a reference to one ("$K1", a FormData) cannot be decoded.
    expect(await isWellFormedFormBody("text/plain;charset=UTF-8", Buffer.from('["$K1",{"a":1}]'), true)).toBe(false);
    expect(await isWellFormedFormBody("text/plain;charset=UTF-8", Buffer.from("not json"), true)).toBe(false);
    expect(await isWellFormedFormBody(multipartType, multipartBody, true)).toBe(true);
    expect(await isWellFormedFormBody(multipartType, Buffer.from("no parts here"), false)).toBe(false);
    expect(await isWellFormedFormBody("multipart/form-data", multipartBody, false)).toBe(false);
    expect(await isWellFormedFormBody("application/x-www-form-urlencoded", Buffer.from("a=1&b=%C3%A6"), false)).toBe(true);
    // Not a form and not an action's arguments: Next.js judges it.
    expect(await isWellFormedFormBody("application/json", Buffer.from("{"), false)).toBe(true);
  });

  it("reads a body up to its limit, says when it is over, and hands on an exact copy", async () => {
    const seen: string[] = [];
    const server = createServer(async (incoming, outgoing) => {
      const read = await readBoundedBody(incoming, 1024);
      if (read.status === "too-large") return outgoing.writeHead(413).end();
      const copy = replayedRequest(incoming, read.body);
      let text = "";
      for await (const chunk of copy) text += chunk;
      seen.push(`${copy.method} ${copy.url} ${copy.headers["x-test"]} ${text}`);
      outgoing.writeHead(200).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const post = (chunks: string[]) =>
      new Promise<number>((resolve, reject) => {
        const sent = request({ port, method: "POST", path: "/form?x=1", headers: { "X-Test": "yes", "Transfer-Encoding": "chunked" } }, (answer) => {
          answer.resume();
          resolve(answer.statusCode ?? 0);
        });
        sent.on("error", reject);
        for (const chunk of chunks) sent.write(chunk);
        sent.end();
      });
    try {
      expect(await post(["a=1", "&b=2"])).toBe(200);
      expect(await post(Array.from({ length: 5 }, () => "x".repeat(300)))).toBe(413);
      expect(seen).toEqual(["POST /form?x=1 yes a=1&b=2"]);
    } finally {
      server.close();
    }
  });

  it("has one limit for every body, which the largest form's upload fits within, envelope and all", async () => {
    const { MAX_REQUEST_BODY_BYTES } = await import("@/lib/net/body-limits");
    const { LOGO_MAX_BYTES } = await import("@/lib/municipalities/logo-image");
    const form = new FormData();
    form.append("logo", new File([new Uint8Array(LOGO_MAX_BYTES)], "logo.png", { type: "image/png" }));
    form.append("$ACTION_ID_0123456789abcdef0123456789abcdef01234567", "");
    const upload = await new Request("http://x", { method: "POST", body: form }).arrayBuffer();
    expect(upload.byteLength).toBeGreaterThan(LOGO_MAX_BYTES);
    expect(upload.byteLength).toBeLessThanOrEqual(MAX_REQUEST_BODY_BYTES);
    const config = (await import("../../next.config")).default;
    expect(config.experimental?.serverActions?.bodySizeLimit).toBe(MAX_REQUEST_BODY_BYTES);
  });
});
