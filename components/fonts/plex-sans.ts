import localFont from "next/font/local";

/*
 * IBM Plex Sans, the typeface of Det Fælles Designsystem, from the dkfds package's own split woff2
 * files: one family per script, each with its unicode-range (IBM Plex's own ranges), so a page
 * downloads only the scripts and weights it shows. Latin-1 (English, Danish, German) is preloaded;
 * Latin Extended (Polish, Czech… names), Cyrillic and Greek load only when a page has such a letter.
 * No metric-adjusted fallback face: one without a unicode-range would stop the search at the first
 * family. DKFDS's own faces (complete fonts, the Regular as woff) are declared by its stylesheet
 * but never used (app/globals.css sets the family), so never downloaded.
 */

export const plexLatin1 = localFont({
  src: [
    { path: "../../node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-Regular-Latin1.woff2", weight: "400", style: "normal" },
    { path: "../../node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-SemiBold-Latin1.woff2", weight: "600", style: "normal" },
    { path: "../../node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-Bold-Latin1.woff2", weight: "700", style: "normal" },
  ],
  display: "swap",
  preload: true,
  adjustFontFallback: false,
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0000,U+000D,U+0020-007E,U+00A0-00A3,U+00A4-00FF,U+0131,U+0152-0153,U+02C6,U+02DA,U+02DC,U+2013-2014,U+2018-201A,U+201C-201E,U+2020-2022,U+2026,U+2030,U+2039-203A,U+2044,U+2074,U+20AC,U+2122,U+2212,U+FB01-FB02",
    },
  ],
  variable: "--font-plex-latin1",
});

export const plexLatinExtended = localFont({
  src: [
    { path: "../../node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-Regular-Latin2.woff2", weight: "400", style: "normal" },
    { path: "../../node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-SemiBold-Latin2.woff2", weight: "600", style: "normal" },
    { path: "../../node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-Bold-Latin2.woff2", weight: "700", style: "normal" },
  ],
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: "unicode-range", value: "U+0100-024F,U+0259,U+1E00-1EFF,U+20A0-20AB,U+20AD-20CF,U+2C60-2C7F,U+A720-A7FF,U+FB01-FB02" }],
  variable: "--font-plex-latin2",
});

export const plexCyrillic = localFont({
  src: [
    { path: "../../node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-Regular-Cyrillic.woff2", weight: "400", style: "normal" },
    { path: "../../node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-SemiBold-Cyrillic.woff2", weight: "600", style: "normal" },
    { path: "../../node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-Bold-Cyrillic.woff2", weight: "700", style: "normal" },
  ],
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0400-045F,U+0472-0473,U+0490-049D,U+04A0-04A5,U+04AA-04AB,U+04AE-04B3,U+04B6-04BB,U+04C0-04C2,U+04CF-04D9,U+04DC-04DF,U+04E2-04E9,U+04EE-04F5,U+04F8-04F9",
    },
  ],
  variable: "--font-plex-cyrillic",
});

export const plexGreek = localFont({
  src: [
    { path: "../../node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-Regular-Greek.woff2", weight: "400", style: "normal" },
    { path: "../../node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-SemiBold-Greek.woff2", weight: "600", style: "normal" },
    { path: "../../node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-Bold-Greek.woff2", weight: "700", style: "normal" },
  ],
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: "unicode-range", value: "U+0384-038A,U+038C,U+038E-03A1,U+03A3-03CE" }],
  variable: "--font-plex-greek",
});

/** The class names that define the families' CSS variables, for the root element. */
export const PLEX_FONT_VARIABLES = [plexLatin1, plexLatinExtended, plexCyrillic, plexGreek].map((font) => font.variable).join(" ");
