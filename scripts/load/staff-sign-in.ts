/** A POST to next-auth as its own forms send it: with the CSRF token and cookie it hands out first. */
async function postToNextAuth(base: string, path: string, fields: Record<string, string>, sessionCookie?: string): Promise<Response> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: sessionCookie ? { Cookie: sessionCookie } : {} });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = [sessionCookie, ...csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0])].filter(Boolean).join("; ");
  return fetch(`${base}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies, Origin: new URL(base).origin },
    body: new URLSearchParams({ ...fields, csrfToken, json: "true" }),
  });
}

/** Signs in through next-auth's credentials flow, as the sign-in form does; returns the session cookie ("name=value"). */
export async function signInOverHttp(base: string, email: string, password: string): Promise<string> {
  const response = await postToNextAuth(base, "/api/auth/callback/credentials", { email, password });
  const session = response.headers.getSetCookie().find((cookie) => /^(__Secure-)?next-auth\.session-token=/.test(cookie));
  if (!session) throw new Error(`Sign-in as ${email} failed (${response.status})`);
  return session.split(";")[0]!;
}

/** Signs out as the sign-out button does (next-auth's POST with its CSRF token). */
export async function signOutOverHttp(base: string, sessionCookie: string): Promise<number> {
  return (await postToNextAuth(base, "/api/auth/signout", {}, sessionCookie)).status;
}
