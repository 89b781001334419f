/** Signs in through next-auth's credentials flow, as the sign-in form does; returns the session cookie ("name=value"). */
export async function signInOverHttp(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie, Origin: new URL(base).origin },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((cookie) => /^(__Secure-)?next-auth\.session-token=/.test(cookie));
  if (!session) throw new Error(`Sign-in as ${email} failed (${response.status})`);
  return session.split(";")[0]!;
}

/** Signs out as the sign-out button does (next-auth's POST with its CSRF token). */
export async function signOutOverHttp(base: string, sessionCookie: string): Promise<number> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { Cookie: sessionCookie } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
  const response = await fetch(`${base}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: `${sessionCookie}; ${csrfCookie}`, Origin: new URL(base).origin },
    body: new URLSearchParams({ csrfToken, json: "true" }),
  });
  return response.status;
}
