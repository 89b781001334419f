import type { ServerResponse } from "node:http";
import { routing } from "@/lib/i18n/routing";
import { PUBLIC_WELCOME_PREFIX } from "@/lib/welcome/public-welcome-path";
import { transformHtmlResponse } from "./html-response-transform";
import { requestedStatus } from "./status-marker";

const LOCALES = routing.locales.join("|");

/**
 * The pages a newcomer reads (their packet; a municipality's public welcome page): they read and
 * work without JavaScript (plain links, plain form posts), so they are sent without it. The App
 * Router has no switch for a page without its runtime (vercel/next.js#45009), hence the server's.
 */
const SCRIPT_FREE_PAGES = [
  new RegExp(`^/(${LOCALES})/welcome/[A-Za-z0-9_-]{1,100}/?$`),
  // Any path under the public page's fixed prefix, also an unknown one (its "not found" asks for 404).
  new RegExp(`^/(${LOCALES})/${PUBLIC_WELCOME_PREFIX}/[^/]+(/[^/]+)*/?$`),
];

export function isScriptFreePage(method: string | undefined, url: string | undefined): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  const path = (url ?? "").split("?")[0]!;
  return SCRIPT_FREE_PAGES.some((page) => page.test(path));
}

/**
 * The page without its scripts: no React runtime, no payload for hydration, no script preloads.
 * React writes inline scripts with "<" escaped, so a script ends at the first "</script>".
 */
export function withoutScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*\bas="script"[^>]*\/?>/gi, "")
    .replace(/<link\b[^>]*\bas="script"[^>]*\brel="(?:modulepreload|preload)"[^>]*\/?>/gi, "");
}

/**
 * Sends a script-free page's HTML (status 200) without its scripts; a page that asks for another
 * status with the status marker gets it (lib/net/status-marker.ts). A 404 from notFound() keeps its
 * scripts: Next.js 16 renders that page only in the browser (vercel/next.js#98295). A per-request
 * page's `no-store` becomes `private, no-cache`: never kept by a shared cache, always revalidated,
 * but the page can come back from the browser's back/forward cache.
 */
export function sendWithoutScripts(response: ServerResponse): void {
  transformHtmlResponse(response, {
    applies: (headerOf, status) => status === 200 && headerOf("content-type").startsWith("text/html"),
    transform: (body, headerOf) => {
      // A page that asks for another status (a wrong link's page answers 404) gets it, and is never kept.
      const asked = requestedStatus(body);
      return {
        body: withoutScripts(asked?.html ?? body),
        status: asked?.status,
        headers: asked ? { "cache-control": "no-store" } : /no-store/.test(headerOf("cache-control")) ? { "cache-control": "private, no-cache" } : {},
      };
    },
  });
}
