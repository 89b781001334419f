import "server-only";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { TSiteLanguage } from "@/lib/i18n/languages";

/** Where app/styles/fonts/[...asset] serves the script fonts' files from. */
export const SCRIPT_FONT_PREFIX = "/styles/fonts";

/**
 * Typefaces for the scripts IBM Plex Sans (the design system's) has no letters for, from Fontsource's
 * npm packages: IBM Plex Sans Arabic, Plex's own Arabic, and Noto Sans SC for Chinese, which Google
 * Fonts has cut into about a hundred unicode-range slices, so a page downloads only the slices that
 * hold its characters (tens of kilobytes, not the font's megabytes), whatever an administrator writes.
 * `languages`: the pages whose stylesheet declares it (null: every page; Chinese's hundreds of
 * faces only on Chinese pages).
 */
const SCRIPT_FONTS = [
  // Its Arabic faces only: Plex's own split files draw the Latin letters.
  {
    family: "IBM Plex Sans Arabic",
    package: "ibm-plex-sans-arabic",
    stylesheets: ["400.css", "600.css", "700.css"],
    subset: /-arabic-\d{3}-normal\.woff2/,
    languages: null,
  },
  // 600 is drawn with 700 (CSS font matching picks the next heavier weight): a third of the faces fewer.
  { family: "Noto Sans SC", package: "noto-sans-sc", stylesheets: ["400.css", "700.css"], subset: /noto-sans-sc-\d+-\d+-normal\.woff2/, languages: ["zh"] },
] as const satisfies readonly {
  family: string;
  package: string;
  stylesheets: readonly string[];
  /** The faces declared: those whose file this matches. */
  subset: RegExp;
  languages: readonly TSiteLanguage[] | null;
}[];

/** The families, for a font-family list after Plex's. */
export const SCRIPT_FONT_FAMILIES = SCRIPT_FONTS.map((font) => `"${font.family}"`).join(", ");

const FONTSOURCE = path.join(process.cwd(), "node_modules/@fontsource");

async function fontFaces(font: (typeof SCRIPT_FONTS)[number]): Promise<string> {
  const sheets = await Promise.all(font.stylesheets.map((file) => readFile(path.join(FONTSOURCE, font.package, file), "utf8")));
  return (
    sheets
      .flatMap((sheet) => sheet.match(/@font-face \{[^}]*\}/g) ?? [])
      .filter((face) => font.subset.test(face))
      // Every browser Ankomst supports reads woff2: the woff fallback is dropped.
      .map((face) =>
        face.replace(/,\s*url\(\.\/files\/[^)]+\.woff\) format\('woff'\)/, "").replace("url(./files/", `url(${SCRIPT_FONT_PREFIX}/${font.package}/`),
      )
      .join("\n")
  );
}

/** The @font-face rules every script-free page's stylesheet carries. */
export async function sharedScriptFontFaces(): Promise<string> {
  return (await Promise.all(SCRIPT_FONTS.filter((font) => font.languages === null).map(fontFaces))).join("\n");
}

export type TLanguageStylesheet = { language: TSiteLanguage; css: string; href: string };

/** The stylesheets that only pages in one language link to (Chinese's font faces), each at an address its content's hash names. */
export async function buildLanguageStylesheets(): Promise<TLanguageStylesheet[]> {
  const languages = [...new Set(SCRIPT_FONTS.flatMap((font) => font.languages ?? []))];
  return Promise.all(
    languages.map(async (language) => {
      const css = (await Promise.all(SCRIPT_FONTS.filter((font) => (font.languages as readonly string[] | null)?.includes(language)).map(fontFaces))).join(
        "\n",
      );
      return { language, css, href: `/styles/${language}.${createHash("sha256").update(css).digest("hex").slice(0, 16)}.css` };
    }),
  );
}

/** One of the script fonts' woff2 files, or null for anything else. */
export async function readScriptFontAsset(segments: readonly string[]): Promise<Buffer | null> {
  const [fontPackage, file, ...rest] = segments;
  if (rest.length > 0 || !SCRIPT_FONTS.some((font) => font.package === fontPackage) || !/^[a-z0-9-]+\.woff2$/.test(file ?? "")) return null;
  try {
    return await readFile(path.join(FONTSOURCE, fontPackage!, "files", file!));
  } catch {
    return null;
  }
}
