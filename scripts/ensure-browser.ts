import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { systemChromiumPath } from "./browser-path";

function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status === 0;
}

/**
 * Makes sure the end-to-end tests have a Chromium: Debian's when present; else apt-get as root on
 * Debian; else Playwright's own download (needs the internet).
 */
export function ensureBrowser(): void {
  if (systemChromiumPath()) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/etc/debian_version")) {
    console.log("Installing Chromium from Debian's packages…");
    if (run("apt-get", ["update", "-qq"]) && run("apt-get", ["install", "-y", "-qq", "chromium"]) && systemChromiumPath()) return;
  }
  console.log("Installing Playwright's Chromium…");
  if (!run(process.execPath, ["node_modules/@playwright/test/cli.js", "install", "chromium"])) {
    throw new Error("No Chromium available: install Debian's `chromium` package or set CHROMIUM_PATH.");
  }
}
