/**
 * IBM Plex Sans split per script, as components/fonts/plex-sans.ts declares it for next/font (whose
 * loader takes literals only, so the ranges are written there too): one family per script with its
 * unicode-range, so a page downloads only the scripts it shows.
 */
export const PLEX_FACES = [
  {
    variable: "--font-plex-latin1",
    file: "Latin1",
    range:
      "U+0000,U+000D,U+0020-007E,U+00A0-00A3,U+00A4-00FF,U+0131,U+0152-0153,U+02C6,U+02DA,U+02DC,U+2013-2014,U+2018-201A,U+201C-201E,U+2020-2022,U+2026,U+2030,U+2039-203A,U+2044,U+2074,U+20AC,U+2122,U+2212,U+FB01-FB02",
  },
  { variable: "--font-plex-latin2", file: "Latin2", range: "U+0100-024F,U+0259,U+1E00-1EFF,U+20A0-20AB,U+20AD-20CF,U+2C60-2C7F,U+A720-A7FF,U+FB01-FB02" },
  {
    variable: "--font-plex-cyrillic",
    file: "Cyrillic",
    range:
      "U+0400-045F,U+0472-0473,U+0490-049D,U+04A0-04A5,U+04AA-04AB,U+04AE-04B3,U+04B6-04BB,U+04C0-04C2,U+04CF-04D9,U+04DC-04DF,U+04E2-04E9,U+04EE-04F5,U+04F8-04F9",
  },
  { variable: "--font-plex-greek", file: "Greek", range: "U+0384-038A,U+038C,U+038E-03A1,U+03A3-03CE" },
] as const;

export const PLEX_WEIGHTS = [
  { weight: 400, file: "Regular" },
  { weight: 600, file: "SemiBold" },
  { weight: 700, file: "Bold" },
] as const;
