import "server-only";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import subsetFont from "subset-font";
import { LANGUAGE_ENDONYMS, type TSiteLanguage } from "@/lib/i18n/languages";

/** Where app/styles/fonts/[...asset] serves the script fonts' files from. */
export const SCRIPT_FONT_PREFIX = "/styles/fonts";

/**
 * Typefaces for the scripts IBM Plex Sans (the design system's) has no letters for, from Fontsource's
 * npm packages, declared only on the pages in their language: IBM Plex Sans Arabic, Plex's own
 * Arabic, and Noto Sans SC for Chinese, which Google Fonts has cut into about a hundred
 * unicode-range slices, so a page downloads only the slices that hold its characters (tens of
 * kilobytes, not the font's megabytes), whatever an administrator writes.
 * Every other page shows these scripts only in the language chooser ("العربية", "中文"): for those
 * words a subset of each font with just their letters (a few kilobytes) is made at start, as the
 * PDF embeds only the glyphs it uses.
 */
const SCRIPT_FONTS = [
  {
    family: "IBM Plex Sans Arabic",
    package: "ibm-plex-sans-arabic",
    stylesheets: ["400.css", "600.css", "700.css"],
    // Its Arabic faces only: Plex's own split files draw the Latin letters.
    faces: /-arabic-\d{3}-normal\.woff2/,
    language: "ar",
    script: /\p{Script=Arabic}/u,
    nameSource: "node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff2",
  },
  {
    family: "Noto Sans SC",
    package: "noto-sans-sc",
    // 600 is drawn with 700 (CSS font matching picks the next heavier weight): a third of the faces fewer.
    stylesheets: ["400.css", "700.css"],
    // The Chinese slices only: Plex draws Latin and Cyrillic.
    faces: /noto-sans-sc-\d+-\d+-normal\.woff2/,
    language: "zh",
    script: /\p{Script=Han}/u,
    nameSource: "node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
  },
] as const satisfies readonly {
  family: string;
  package: string;
  stylesheets: readonly string[];
  faces: RegExp;
  language: TSiteLanguage;
  script: RegExp;
  nameSource: string;
}[];

// components/styles/site.css names the families after Plex's.
const LANGUAGE_NAMES_FAMILY = "Ankomst Language Names";
const LANGUAGE_NAMES_FOLDER = "language-names";
const FONTSOURCE = path.join(process.cwd(), "node_modules/@fontsource");

async function fontFaces(font: (typeof SCRIPT_FONTS)[number]): Promise<string> {
  const sheets = await Promise.all(font.stylesheets.map((file) => readFile(path.join(FONTSOURCE, font.package, file), "utf8")));
  return (
    sheets
      .flatMap((sheet) => sheet.match(/@font-face \{[^}]*\}/g) ?? [])
      .filter((face) => font.faces.test(face))
      // Every browser Ankomst supports reads woff2: the woff fallback is dropped.
      .map((face) =>
        face.replace(/,\s*url\(\.\/files\/[^)]+\.woff\) format\('woff'\)/, "").replace("url(./files/", `url(${SCRIPT_FONT_PREFIX}/${font.package}/`),
      )
      .join("\n")
  );
}

export type TLanguageStylesheet = { language: TSiteLanguage; css: string; href: string };

/** The stylesheets only pages in one language link to (its script's font faces), each at an address its content's hash names. */
export async function buildLanguageStylesheets(): Promise<TLanguageStylesheet[]> {
  return Promise.all(
    SCRIPT_FONTS.map(async (font) => {
      const css = await fontFaces(font);
      return { language: font.language, css, href: `/styles/${font.language}.${createHash("sha256").update(css).digest("hex").slice(0, 16)}.css` };
    }),
  );
}

export type TGeneratedFont = { href: string; woff2: Buffer };

/** The language chooser's words in these scripts, each font cut to their letters, with the @font-face rules every page carries for them. */
export async function buildLanguageNameFonts(): Promise<{ css: string; fonts: TGeneratedFont[] }> {
  const names = Object.values(LANGUAGE_ENDONYMS).join("");
  const built = await Promise.all(
    SCRIPT_FONTS.map(async (font) => {
      const letters = [...new Set([...names].filter((character) => font.script.test(character)))].sort();
      const woff2 = await subsetFont(await readFile(path.join(process.cwd(), font.nameSource)), letters.join(""), { targetFormat: "woff2" });
      const href = `${SCRIPT_FONT_PREFIX}/${LANGUAGE_NAMES_FOLDER}/${font.package}.${createHash("sha256").update(woff2).digest("hex").slice(0, 16)}.woff2`;
      const range = letters.map((letter) => `U+${letter.codePointAt(0)!.toString(16).toUpperCase()}`).join(",");
      return {
        font: { href, woff2 },
        face: `@font-face{font-family:"${LANGUAGE_NAMES_FAMILY}";src:url(${href}) format("woff2");font-weight:400;font-style:normal;font-display:swap;unicode-range:${range}}`,
      };
    }),
  );
  return { css: built.map(({ face }) => face).join("\n"), fonts: built.map(({ font }) => font) };
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
