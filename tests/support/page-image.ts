import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";

/** One page of a PDF as poppler draws it: grey, at a resolution small enough to store as a reference. */
export function renderPageImage(pdf: Uint8Array, page: number, dpi = 50): PNG {
  const directory = mkdtempSync(path.join(os.tmpdir(), "ankomst-page-"));
  try {
    const file = path.join(directory, "page.pdf");
    writeFileSync(file, pdf);
    execFileSync("pdftoppm", ["-r", String(dpi), "-gray", "-png", "-f", String(page), "-l", String(page), "-singlefile", file, path.join(directory, "page")]);
    return PNG.sync.read(readFileSync(path.join(directory, "page.png")));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/**
 * The share of pixels that differ between a page and its stored reference (pixelmatch, which
 * forgives anti-aliasing). `UPDATE_PDF_REFERENCES=1` writes the reference instead, for a change
 * to the layout made on purpose; look at the image before committing it.
 */
export function differenceFromReference(image: PNG, referencePath: string): number {
  if (process.env.UPDATE_PDF_REFERENCES === "1" || !existsSync(referencePath)) {
    if (process.env.CI) throw new Error(`The reference image ${referencePath} is missing.`);
    writeFileSync(referencePath, PNG.sync.write(image));
  }
  const reference = PNG.sync.read(readFileSync(referencePath));
  if (reference.width !== image.width || reference.height !== image.height) return 1;
  const different = pixelmatch(image.data, reference.data, null, image.width, image.height, { threshold: 0.1 });
  return different / (image.width * image.height);
}
