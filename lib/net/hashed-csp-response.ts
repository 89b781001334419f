import type { ServerResponse } from "node:http";
import { contentSecurityPolicy, inlineScriptHashes } from "./content-security-policy";
import { transformHtmlResponse } from "./html-response-transform";

/**
 * For an HTML page that comes without a Content-Security-Policy (the pages served from cache,
 * which cannot carry a per-request nonce): holds the page back, hashes its inline scripts and
 * sends it with a CSP that allows exactly those. Anything else passes through untouched.
 */
export function addHashedCspToCachedPages(response: ServerResponse, options: { isHttps: boolean }): void {
  transformHtmlResponse(response, {
    applies: (headerOf) => headerOf("content-type").startsWith("text/html") && !headerOf("content-security-policy"),
    transform: (body) => ({
      body,
      headers: { "content-security-policy": contentSecurityPolicy({ scripts: { hashes: inlineScriptHashes(body) }, isHttps: options.isHttps }) },
    }),
  });
}
