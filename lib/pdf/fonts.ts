import path from "node:path";
import { Font } from "@react-pdf/renderer";

const FONT_DIR = path.join(process.cwd(), "node_modules/@expo-google-fonts");

/** Latin, Greek and Cyrillic first; Arabic and Chinese glyphs fall back per character, so no name renders as blank boxes. */
export const PDF_FONT_FAMILY = ["NotoSans", "NotoSansArabic", "NotoSansSC"];

/**
 * The fonts a document needs: Noto Sans alone when all its text is in scripts it covers. The
 * fallback fonts are large (Chinese: 10 MB) and only loaded for documents that use them.
 * `isArabicFirst`: the document is in Arabic.
 */
export function fontFamilyFor(text: string, options: { isArabicFirst?: boolean } = {}): string[] {
  const needsArabic = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/.test(text);
  // Anything else beyond what Noto Sans covers (CJK and more) goes to the widest fallback.
  const needsWide =
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a range of code points that starts at U+0000 on purpose.
    /[^\u0000-\u052f\u1e00-\u1fff\u2000-\u206f\u20a0-\u20cf\u2100-\u218f\u2190-\u21ff\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/.test(text);
  // An Arabic packet sets its spaces, digits and punctuation in the Arabic face too: a sentence is
  // then one run of one font, drawn and read as one, with Latin names falling back to Noto Sans.
  const latinAndArabic = options.isArabicFirst ? ["NotoSansArabic", "NotoSans"] : ["NotoSans", ...(needsArabic ? ["NotoSansArabic"] : [])];
  return [...latinAndArabic, ...(needsWide ? ["NotoSansSC"] : [])];
}

let isRegistered = false;

/** Once per process: re-registering before every render costs time for nothing. */
export function registerPdfFonts(): void {
  if (isRegistered) return;
  isRegistered = true;
  Font.register({
    family: "NotoSans",
    fonts: [
      { src: path.join(FONT_DIR, "noto-sans/400Regular/NotoSans_400Regular.ttf"), fontWeight: 400 },
      { src: path.join(FONT_DIR, "noto-sans/700Bold/NotoSans_700Bold.ttf"), fontWeight: 700 },
    ],
  });
  Font.register({
    family: "NotoSansArabic",
    fonts: [
      { src: path.join(FONT_DIR, "noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf"), fontWeight: 400 },
      { src: path.join(FONT_DIR, "noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf"), fontWeight: 700 },
    ],
  });
  Font.register({ family: "NotoSansSC", src: path.join(FONT_DIR, "noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf") });
  // Hyphenation costs a large share of render time, and names must never be split anyway.
  Font.registerHyphenationCallback((word) => [word]);
}
