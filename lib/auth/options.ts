import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { logEvent } from "@/lib/log/log-event";
import { clientKeyFrom } from "@/lib/net/client-key";
import { usesSecureCookies } from "./secure-cookies";
import { signInStaffUser } from "./sign-in";
import { SIGN_IN_RATE_LIMITED, SIGN_IN_UNAVAILABLE } from "./sign-in-errors";
import { endStaffSession, SESSION_MAX_AGE_SECONDS } from "./staff-sessions";

export const authOptions: NextAuthOptions = {
  // The cookie only names a StaffSession (lib/auth/staff-sessions.ts); the database decides whether it is alive.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // httpOnly and SameSite=Lax always; Secure and the __Secure- prefix whenever the app is served over HTTPS.
  useSecureCookies: usesSecureCookies(),
  pages: { signIn: "/da/sign-in" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        let result: Awaited<ReturnType<typeof signInStaffUser>>;
        try {
          result = await signInStaffUser(db, { credentials, clientKey: clientKeyFrom(request?.headers) });
        } catch (error) {
          // next-auth shows a thrown message to the user: the cause goes to the log, a code to the form.
          logEvent("error", "auth.sign-in-unavailable", { error });
          throw new Error(SIGN_IN_UNAVAILABLE);
        }
        // next-auth hands a thrown error's message to the client, which translates this code.
        if (result.status === "refused") throw new Error(SIGN_IN_RATE_LIMITED);
        if (result.status === "failed") return null;
        return { ...result.user, sessionId: result.sessionId };
      },
    }),
  ],
  events: {
    async signOut({ token }) {
      if (token?.sub && token.sid) await endStaffSession(db, { sessionId: token.sid, userId: token.sub });
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.municipalityId = user.municipalityId;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub && token.role && token.municipalityId) {
        session.user = { ...session.user, id: token.sub, role: token.role, municipalityId: token.municipalityId };
      }
      return session;
    },
  },
};
