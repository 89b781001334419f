/**
 * Whether every part of a request's path and query decodes as UTF-8 percent-encoding. A browser
 * never sends "/%ff"; Next.js and next-auth fail on it deep inside with a 500, so the server answers
 * such a request 400 before anything reads it.
 */
export function isWellFormedRequestTarget(target: string | undefined): boolean {
  if (!target) return false;
  const [path = "", query = ""] = target.split(/\?(.*)/s);
  const parts = [path, ...query.split("&").flatMap((pair) => pair.split("="))];
  try {
    for (const part of parts) decodeURIComponent(part.replaceAll("+", " "));
    return true;
  } catch {
    return false;
  }
}
