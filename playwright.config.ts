import { defineConfig, devices } from "@playwright/test";
import { systemChromiumPath } from "./scripts/browser-path";
import { E2E_DATABASE_URL_FILE } from "./tests/e2e/e2e-database-url";
import { E2E_MAIL_CATCHER } from "./tests/e2e/mail-catcher";

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
    // IPv4 loopback for every test; the wrong-link test comes over IPv6 loopback as a client of its own.
    baseURL: `http://127.0.0.1:${PORT}`,
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
    // It tells the fixtures where its database is, so each test can seed a municipality of its own.
    command: `node --import tsx scripts/start.ts --no-build --ephemeral --port ${PORT} --database-url-file ${E2E_DATABASE_URL_FILE}`,
    url: `http://127.0.0.1:${PORT}/da/sign-in`,
    reuseExistingServer: false,
    timeout: 120_000,
    // Letters and QR codes print links on the same IPv4 address the tests use.
    env: {
      NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
      // The tests' OpenID Connect provider runs on loopback: an operator's setting (lib/auth/issuer-policy.ts).
      IDENTITY_PROVIDER_ALLOW_PRIVATE_NETWORK: "true",
      // The reminder test turns reminders on and expects its e-mail at once, on whatever day and hour the tests run.
      REMINDERS_ANY_TIME: "true",
      MAIL_CATCHER_SMTP_PORT: String(E2E_MAIL_CATCHER.smtp),
      MAIL_CATCHER_WEB_PORT: String(E2E_MAIL_CATCHER.web),
    },
    stdout: "ignore",
    stderr: "pipe",
  },
});
