import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { expect, signIn, test } from "./fixtures";

// An instance of its own, whose database this test stops and starts again.
const PORT = 3150;
const BASE = `http://127.0.0.1:${PORT}`;
let outage: ChildProcess;
const lines: string[] = [];

async function waitFor(line: string) {
  for (let waited = 0; waited < 180_000; waited += 200) {
    if (lines.includes(line)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no "${line}" from the outage server`);
}
const command = async (line: string, answer: string) => {
  lines.length = 0;
  outage.stdin!.write(`${line}\n`);
  await waitFor(answer);
};

test.describe.configure({ mode: "serial", timeout: 240_000 });

test.beforeAll(async () => {
  outage = spawn(process.execPath, ["--import", "tsx", path.resolve("tests/support/outage-server.ts"), "--port", String(PORT)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  createInterface({ input: outage.stdout! }).on("line", (line) => lines.push(line));
  await waitFor(`ready ${PORT}`);
});

test.afterAll(async () => {
  outage.stdin!.write("quit\n");
});

test("with the database away: 503 with Retry-After and a translated page, a save keeps what was typed, and all is well again once it is back", async ({
  page,
}) => {
  await page.goto(`${BASE}/en/sign-in`);
  await signIn(page, "caseworker", "herning", "en", BASE);
  await page.goto(`${BASE}/en/arrivals/new`);
  await page.getByLabel("Given name(s)").fill("Outage");
  await page.getByLabel("Family name").first().fill("Tester");
  await page.getByLabel("Date of birth").first().fill("1990-04-01");
  await page.getByLabel("Find country").fill("germ");
  await expect(page.locator("#nationality")).toHaveValue("DE");
  await page.getByLabel("German").check();
  await page.getByLabel("Arrival date").fill("2026-09-14");
  await page.getByLabel("Address in the municipality").fill("Bredgade 7");
  await page.getByLabel("Residence basis").selectOption("EU_EEA_SWISS");

  await command("stop-db", "db-stopped");
  const started = Date.now();
  const list = await page.request.get(`${BASE}/en/arrivals`);
  expect(list.status()).toBe(503);
  expect(list.headers()["retry-after"]).toBe("30");
  expect(Date.now() - started).toBeLessThan(15_000);
  expect(await list.text()).not.toMatch(/prisma|ECONNREFUSED|127\.0\.0\.1:\d+/i);

  await page.getByRole("button", { name: "Save arrival" }).click();
  await expect(page.getByText(/The save did not go through/).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByLabel("Given name(s)")).toHaveValue("Outage");
  await expect(page.getByLabel("Address in the municipality")).toHaveValue("Bredgade 7");

  const shown = await page.context().newPage();
  await shown.goto(`${BASE}/en/arrivals`);
  await expect(shown.getByRole("heading", { level: 1 })).toHaveText("Ankomst is temporarily unavailable");

  await command("start-db", "db-started");
  await expect(async () => {
    expect((await page.request.get(`${BASE}/en/arrivals`)).status()).toBe(200);
  }).toPass({ timeout: 30_000 });
  await page.getByRole("button", { name: "Save arrival" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Outage Tester", { timeout: 20_000 });
});
