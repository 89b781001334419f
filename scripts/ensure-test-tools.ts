import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { systemChromiumPath } from "./browser-path";

function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status === 0;
}

const canInstallDebianPackages = () => process.getuid?.() === 0 && existsSync("/etc/debian_version");
const installDebianPackage = (name: string) => run("apt-get", ["update", "-qq"]) && run("apt-get", ["install", "-y", "-qq", name]);

/**
 * Makes sure the end-to-end tests have a Chromium: Debian's when present; else apt-get as root on
 * Debian; else Playwright's own download (needs the internet).
 */
export function ensureBrowser(): void {
  if (systemChromiumPath()) return;
  if (canInstallDebianPackages()) {
    console.log("Installing Chromium from Debian's packages…");
    if (installDebianPackage("chromium") && systemChromiumPath()) return;
  }
  console.log("Installing Playwright's Chromium…");
  if (!run(process.execPath, ["node_modules/@playwright/test/cli.js", "install", "chromium"])) {
    throw new Error("No Chromium available: install Debian's `chromium` package or set CHROMIUM_PATH.");
  }
}

/** The tagged-PDF tests read packets with poppler's `pdfinfo` and `pdffonts` too: a reader no one here wrote. */
export function ensurePdfTools(): void {
  const hasPdfInfo = () => spawnSync("pdfinfo", ["-v"], { stdio: "ignore" }).status === 0;
  if (hasPdfInfo()) return;
  if (canInstallDebianPackages()) {
    console.log("Installing poppler-utils from Debian's packages…");
    if (installDebianPackage("poppler-utils") && hasPdfInfo()) return;
  }
  throw new Error("No pdfinfo available: install poppler-utils (Debian: apt-get install poppler-utils).");
}
