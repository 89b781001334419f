/** The parts of `xliff` (locize/xliff, XLIFF 2.0) Ankomst uses; the package ships no types. */
declare module "xliff/js2xliff" {
  export type TXliffUnit = { source: string; target?: string; note?: string | string[] };
  export type TXliffDocument = { sourceLanguage: string; targetLanguage?: string; resources: Record<string, Record<string, TXliffUnit>> };
  export default function js2xliff(document: TXliffDocument, options?: { indent?: string }): Promise<string>;
}

declare module "xliff/xliff2js" {
  import type { TXliffDocument } from "xliff/js2xliff";
  export default function xliff2js(xml: string): Promise<TXliffDocument & { xliffVersion?: string }>;
}
