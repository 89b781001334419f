import fc from "fast-check";

/** Texts an attacker or an unlucky paste sends: controls, bidi overrides, scripts, injections, prototype keys. */
const NASTY = [
  "\u0000",
  "a\u0000b",
  "\u202Eevil\u202C",
  "\u2066x\u2069",
  "\u200B",
  "\uD800",
  '\'; DROP TABLE "Arrival"; --',
  "<script>alert(1)</script>",
  // Template injection, as typed (not a template of ours).
  `$\{7*7}{{7*7}}`,
  "__proto__",
  "constructor",
  "0000-01-01",
  "9999-12-31",
  "1000-01-01",
  "2026-02-30",
  "%00",
  "\r\n",
  "Ǆž ﷺ 你好 ליאור Ωμέγα",
  "😀👨‍👩‍👧",
  "x".repeat(5000),
];

export const hostileString = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.tuple(fc.constantFrom(...NASTY), fc.string({ maxLength: 20 })).map(([nasty, text]) => `${text}${nasty}${text}`),
);

/** A value of any JSON type, as a hand-made request can send in place of a string. */
export const anyValue = fc.oneof(hostileString, fc.anything({ maxDepth: 2 }));

/** A registration that passes validation, as form fields: the tests replace some with hostile text. */
export const VALID_ARRIVAL_FIELDS: Readonly<Record<string, string>> = {
  givenName: "Ana",
  familyName: "Popescu",
  dateOfBirth: "1990-01-01",
  nationality: "RO",
  packetLanguage: "en",
  arrivalDate: "2026-03-01",
  addressLine: "Torvet 1",
  postalCode: "7400",
  city: "Herning",
  residenceBasis: "EU_EEA_SWISS",
};
