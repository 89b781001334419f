/**
 * Whether the app is served over HTTPS (NEXTAUTH_URL says so): next-auth then sets its cookies
 * Secure with the __Secure- prefix, and the session cookie is read under that name.
 */
export function usesSecureCookies(): boolean {
  return process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
}
