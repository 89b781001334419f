import { defineConfig, devices } from "@playwright/test";
import { systemChromiumPath } from "./scripts/browser-path";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const executablePath = systemChromiumPath();

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "reports/e2e-results.json" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "en-US",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  // A real server on a throwaway embedded Postgres with demo data; `npm test` builds the app first.
  webServer: {
    command: `node --import tsx scripts/start.ts --no-build --ephemeral --port ${PORT}`,
    url: `http://localhost:${PORT}/da/sign-in`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
