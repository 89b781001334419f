/**
 * next-intl's middleware announces the page in the other languages in a `Link` header
 * (`<http://host/en/…>; rel="alternate"; hreflang="en"`), built from the request's own Host. A
 * client can send any Host: the addresses are moved to the configured public origin instead, so
 * a forged Host is never repeated back (e.g. into a cache in front of the app).
 */
export function withPublicOrigin(linkHeader: string, publicOrigin: string): string {
  return linkHeader.replace(/<([^>]*)>/g, (whole, address: string) => {
    if (!URL.canParse(address)) return whole;
    const url = new URL(address);
    return `<${publicOrigin}${url.pathname}${url.search}>`;
  });
}
