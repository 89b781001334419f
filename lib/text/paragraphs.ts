/** Line ends as one "\n" whatever wrote them: a browser's textarea posts "\r\n". */
export function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/**
 * A catalogue text's paragraphs, as the packet's PDF and web page show them: split at blank lines
 * (a line of only spaces counts as blank), whatever line ends the text was stored with.
 */
export function paragraphsOf(text: string): string[] {
  return normaliseLineEnds(text)
    .split(/\n[^\S\n]*\n\s*/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
}
