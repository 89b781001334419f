import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { clientKeyFrom } from "@/lib/net/client-key";
import { signInStaffUser } from "./sign-in";
import { SIGN_IN_RATE_LIMITED } from "./sign-in-errors";
import { endStaffSession, SESSION_MAX_AGE_SECONDS } from "./staff-sessions";

export const authOptions: NextAuthOptions = {
  // The cookie only names a StaffSession (lib/auth/staff-sessions.ts); the database decides whether it is alive.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // httpOnly and SameSite=Lax always; Secure and the __Secure- prefix whenever the app is served over HTTPS.
  useSecureCookies: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  pages: { signIn: "/da/sign-in" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const result = await signInStaffUser(db, { credentials, clientKey: clientKeyFrom(request?.headers) });
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
