/**
 * Whether the app is served over HTTPS (NEXTAUTH_URL says so): next-auth then sets its cookies
 * Secure with the __Secure- prefix, and the session cookie is read under that name.
 */
export function usesSecureCookies(): boolean {
  return process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
}

/**
 * The cookie in which next-auth keeps the address sign-in started from, named here (next-auth's
 * `cookies` option) because the sign-in route reads it to answer in that page's language; its
 * options are next-auth's defaults for it.
 */
export function callbackUrlCookie(isSecure = usesSecureCookies()) {
  return {
    name: `${isSecure ? "__Secure-" : ""}ankomst.callback-url`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: isSecure },
  };
}
