import "server-only";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PLEX_FACES, PLEX_WEIGHTS } from "./plex-faces";
import { buildLanguageNameFonts, buildLanguageStylesheets, type TGeneratedFont, type TLanguageStylesheet } from "./script-fonts";

/** Where the route handler app/styles/dkfds/[...asset] serves the design system's icons and fonts from. */
export const DKFDS_ASSET_PREFIX = "/styles/dkfds";
const DKFDS_DIST = path.join(process.cwd(), "node_modules/dkfds/dist");

export type TStylesheet = { css: string; href: string };

/**
 * The stylesheet of the pages sent without JavaScript (the newcomer's page, the public page): the
 * design system's stylesheet and Ankomst's own rules (components/styles/site.css), the same two
 * app/globals.css gives every other page through Next's CSS pipeline, which a route handler has no
 * way to link to. Its address carries its content's hash, so browsers may keep it for good.
 */
export async function buildScriptFreeStylesheet(languageNameFaces = ""): Promise<TStylesheet> {
  const [designSystem, site] = await Promise.all([
    readFile(path.join(DKFDS_DIST, "css/dkfds-borgerdk.min.css"), "utf8"),
    readFile(path.join(process.cwd(), "components/styles/site.css"), "utf8"),
  ]);
  const css = [designSystem.replaceAll("url(../", `url(${DKFDS_ASSET_PREFIX}/`), plexFontFaces(), languageNameFaces, site].join("\n");
  const hash = createHash("sha256").update(css).digest("hex").slice(0, 16);
  return { css, href: `/styles/script-free.${hash}.css` };
}

type TStylesheets = { main: TStylesheet; byLanguage: TLanguageStylesheet[]; fonts: TGeneratedFont[] };

async function buildScriptFreeStylesheets(): Promise<TStylesheets> {
  const [languageNames, byLanguage] = await Promise.all([buildLanguageNameFonts(), buildLanguageStylesheets()]);
  return { main: await buildScriptFreeStylesheet(languageNames.css), byLanguage, fonts: languageNames.fonts };
}

let built: Promise<TStylesheets> | undefined;
/** Built once per process; a failed read is tried again on the next request. */
function scriptFreeStylesheets(): Promise<TStylesheets> {
  built ??= buildScriptFreeStylesheets().catch((error: unknown) => {
    built = undefined;
    throw error;
  });
  return built;
}

/** The stylesheets a page in `language` links to: the shared one, and its language's own if it has one. */
export async function scriptFreeStylesheetsFor(language: string): Promise<TStylesheet[]> {
  const { main, byLanguage } = await scriptFreeStylesheets();
  return [main, ...byLanguage.filter((sheet) => sheet.language === language)];
}

/** A font made with the stylesheet (the language chooser's words), or null: what app/styles/fonts/[...asset] serves first. */
export async function generatedFontAt(href: string): Promise<Buffer | null> {
  return (await scriptFreeStylesheets()).fonts.find((font) => font.href === href)?.woff2 ?? null;
}

/** The stylesheet at an address, or null: what app/styles/[file] serves. */
export async function scriptFreeStylesheetAt(href: string): Promise<TStylesheet | null> {
  const { main, byLanguage } = await scriptFreeStylesheets();
  return [main, ...byLanguage].find((sheet) => sheet.href === href) ?? null;
}

/** The @font-face rules and the variables site.css names the families by (next/font sets them on the other pages). */
export function plexFontFaces(): string {
  const faces = PLEX_FACES.flatMap((face) =>
    PLEX_WEIGHTS.map(
      (weight) =>
        `@font-face{font-family:"Plex ${face.file}";src:url(${DKFDS_ASSET_PREFIX}/fonts/IBMPlexSans/split/woff2/IBMPlexSans-${weight.file}-${face.file}.woff2) format("woff2");font-weight:${weight.weight};font-style:normal;font-display:swap;unicode-range:${face.range}}`,
    ),
  );
  const variables = PLEX_FACES.map((face) => `${face.variable}:"Plex ${face.file}"`).join(";");
  return [...faces, `:root{${variables}}`].join("\n");
}

const ASSET_TYPES: Record<string, string> = { ".svg": "image/svg+xml", ".woff2": "font/woff2", ".woff": "font/woff" };

/** One of the design system's icons or fonts that the stylesheet names, or null for anything else. */
export async function readDkfdsAsset(segments: readonly string[]): Promise<{ body: Buffer; contentType: string } | null> {
  const [folder, ...rest] = segments;
  if ((folder !== "img" && folder !== "fonts") || rest.length === 0 || rest.some((segment) => !/^[A-Za-z0-9_.-]+$/.test(segment) || segment.startsWith("."))) {
    return null;
  }
  const contentType = ASSET_TYPES[path.extname(rest.at(-1)!)];
  if (!contentType) return null;
  try {
    return { body: await readFile(path.join(DKFDS_DIST, folder, ...rest)), contentType };
  } catch {
    return null;
  }
}
