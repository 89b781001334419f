import { request as httpRequest } from "node:http";
import { expect, test } from "./fixtures";

test("a name with a NUL character or only an invisible space gets a clear message, and nothing typed is lost", async ({ page, signInAs }) => {
  await signInAs("caseworker", "herning");
  await page.goto("/en/arrivals/new");
  // What a paste from a broken document can put into a field.
  await page.getByLabel("Given name(s)").evaluate((input: HTMLInputElement) => {
    // The native setter, so React sees the change as it sees typing.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, "Ana\u0000Maria");
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await page.getByLabel("Family name").first().fill("\u200B");
  await page.getByLabel("Date of birth").first().fill("1990-04-01");
  await page.getByLabel("Arrival date").fill("2026-09-14");
  await page.getByLabel("Address in the municipality").fill("Bredgade 1");
  await page.getByRole("button", { name: "Save arrival" }).click();
  await expect(page.getByText("Remove the control or direction characters: they cannot be stored or printed.").first()).toBeVisible();
  await expect(page.getByText("A name needs at least one letter.").first()).toBeVisible();
  await expect(page.getByLabel("Address in the municipality")).toHaveValue("Bredgade 1");
  await expect(page).toHaveURL(/\/en\/arrivals\/new$/);
});

test("searches with a NUL or the year 0000 answer normally", async ({ page, signInAs }) => {
  await signInAs("caseworker", "herning");
  for (const query of ["q=%00", "from=0000-01-01", "to=9999-12-31&from=1000-01-01", "q=%E2%80%AEjonas", "page=-1&basis=__proto__"]) {
    const response = await page.goto(`/en/arrivals?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Arrivals");
  }
});

test("a request body of 2 MB is refused with 413, and a server action called with arguments of the wrong type is no 500", async ({
  page,
  signInAs,
  request,
}) => {
  const big = await request.post("/en/arrivals/new", { data: "x".repeat(2 * 1024 * 1024), headers: { "Content-Type": "text/plain" } });
  expect(big.status()).toBe(413);

  await signInAs("caseworker", "herning");
  await page.goto("/en/arrivals?q=коваленко");
  await page.getByRole("link", { name: /Коваленко/ }).click();
  // The arrival's page, whose forms call server actions (the newcomer's page has none: it posts plain forms).
  const arrivalUrl = page.url();
  const html = await (await page.request.get(arrivalUrl)).text();
  const actionId = html.match(/name="\$ACTION_ID_([0-9a-f]+)"/)![1]!;
  for (const body of ["[123]", "[null]", '[{"__proto__":{"x":1}}]', '["a", 1, true]', "[]"]) {
    const response = await page.request.post(arrivalUrl, {
      headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Origin: new URL(arrivalUrl).origin },
      data: body,
      maxRedirects: 0,
    });
    expect(response.status(), body).toBeLessThan(500);
  }
  // What React's decoder cannot take (not an argument list, a reference to a part the body lacks, 5,000 levels
  // deep) is refused before it: a client's mistake, not "temporarily unavailable".
  for (const body of ["1", "null", '"$@1"', '["$@99"]', '["$Q99"]', '["$F1"]', '[{"then":"$1:then"}]', `${"[".repeat(5000)}${"]".repeat(5000)}`]) {
    const response = await page.request.post(arrivalUrl, {
      headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Origin: new URL(arrivalUrl).origin },
      data: body,
      maxRedirects: 0,
    });
    expect(response.status(), body.slice(0, 20)).toBe(400);
  }
});

test("malformed addresses and next-auth requests no browser sends are answered 4xx, never 503", async ({ request }) => {
  for (const path of [
    "/%ff",
    "/en/%ff",
    "/en/arrivals/%ff",
    "/en/welcome/%ff",
    "/api/%ff",
    "/api/welcome/%ff/packet",
    "/en/kommune/herning/%ff",
    "/api/auth/error?error=%ff",
  ]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(400);
  }
  expect((await request.get("/api/auth/callback/credentials", { maxRedirects: 0 })).status()).toBe(405);
  for (const callbackUrl of ["%ff", "javascript:alert(1)", "http://evil.example/", "//evil.example/x"]) {
    const answer = await request.get(`/api/auth/signin?callbackUrl=${callbackUrl}`, { maxRedirects: 0 });
    expect(answer.status(), callbackUrl).toBe(400);
  }
  const posted = await request.post("/api/auth/callback/credentials", {
    form: { email: "caseworker@herning.demo", password: "wrong", callbackUrl: "\u00ff\u2603" },
    maxRedirects: 0,
  });
  expect(posted.status()).toBe(400);
});

/** A POST whose body is streamed in chunks, without a Content-Length, as a client may send it. */
function postChunked(url: string, headers: Record<string, string>, chunks: Buffer[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: "POST", headers: { ...headers, "Transfer-Encoding": "chunked" } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", reject);
    for (const chunk of chunks) request.write(chunk);
    request.end();
  });
}

test("a 2 MB body sent in chunks is refused with 413, and a server action whose body cannot be decoded with 400", async ({ baseURL, request }) => {
  const origin = new URL(baseURL!).origin;
  const chunks = Array.from({ length: 32 }, () => Buffer.alloc(64 * 1024, "x"));
  expect(await postChunked(`${origin}/en/arrivals/new`, { "Content-Type": "text/plain", Origin: origin }, chunks)).toBe(413);
  // API routes too, signed out: next-auth's sign-in callback never reads more than the limit.
  const urlencoded = { "Content-Type": "application/x-www-form-urlencoded", Origin: origin };
  expect(await postChunked(`${origin}/api/auth/callback/credentials`, urlencoded, chunks)).toBe(413);
  expect(await postChunked(`${origin}/api/welcome/${"a".repeat(43)}/reminders`, urlencoded, chunks)).toBe(413);

  const page = await (await request.get("/en/kommune/herning")).text();
  expect(page).toContain("<html");
  for (const [contentType, body] of [
    ["text/plain;charset=UTF-8", "not json"],
    ["multipart/form-data; boundary=----x", "no boundary in here"],
  ] as const) {
    const answer = await request.post("/en/kommune/herning", { headers: { "Next-Action": "00".repeat(21), "Content-Type": contentType }, data: body });
    expect(answer.status(), `${contentType}: ${body}`).toBe(400);
  }
  // A well-formed body reaches Next.js, which knows no such action: not a 500 either.
  for (const [contentType, body] of [
    ["text/plain", "[]"],
    ["application/x-www-form-urlencoded", "%E0%A4%A=1"],
    ["application/json", "{"],
  ] as const) {
    const answer = await request.post("/en/kommune/herning", { headers: { "Next-Action": "00".repeat(21), "Content-Type": contentType }, data: body });
    expect(answer.status(), `${contentType}: ${body}`).toBeLessThan(500);
  }
});
