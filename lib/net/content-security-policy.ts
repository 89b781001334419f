/**
 * The Content-Security-Policy of every page (set by proxy.ts with a fresh nonce per request):
 * scripts run only when the server vouched for them by the nonce, never 'unsafe-inline'. The pages
 * sent without JavaScript (route handlers) get the same policy and simply have no script for it to
 * allow. Styles may be inline: React writes style attributes, and a style cannot run code.
 */
export function contentSecurityPolicy(options: { nonce: string; isDevelopment?: boolean; isHttps?: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'nonce-${options.nonce}' 'strict-dynamic'${options.isDevelopment ? " 'unsafe-eval'" : ""}`,
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
