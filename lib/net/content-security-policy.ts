import { createHash } from "node:crypto";

/**
 * The Content-Security-Policy of every page. Scripts run only when the server vouched for them:
 * on pages rendered per request by a nonce (proxy.ts), on the pages served from cache (the
 * public welcome pages, sign-in) by the hashes of their inline scripts (scripts/server/server.ts), so
 * those stay static. Never 'unsafe-inline' for scripts. Styles may be inline: React writes style
 * attributes, and a style cannot run code.
 */
export function contentSecurityPolicy(options: { scripts: { nonce: string } | { hashes: string[] }; isDevelopment?: boolean; isHttps?: boolean }): string {
  const scriptSources =
    "nonce" in options.scripts
      ? [`'nonce-${options.scripts.nonce}'`, "'strict-dynamic'"]
      : ["'self'", ...options.scripts.hashes.map((hash) => `'sha256-${hash}'`)];
  const directives = [
    "default-src 'self'",
    `script-src ${[...scriptSources, ...(options.isDevelopment ? ["'unsafe-eval'"] : [])].join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.isHttps ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** The SHA-256 (base64) of every inline script of an HTML document, as a CSP hash source names it. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    hashes.add(createHash("sha256").update(match[1]!, "utf8").digest("base64"));
  }
  return [...hashes];
}
