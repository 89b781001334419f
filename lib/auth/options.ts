import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { consumeRateLimit, resetRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { authenticateStaffUser } from "./authenticate-staff-user";
import { ZSignInSchema } from "./schemas";
import { SIGN_IN_RATE_LIMITED } from "./sign-in-errors";
import { createStaffSession, endStaffSession, SESSION_MAX_AGE_SECONDS } from "./staff-sessions";

/** Per e-mail address: enough for typos, far too few for guessing. */
const SIGN_IN_RATE_LIMIT = { limit: 10, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };

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
      async authorize(credentials) {
        const parsed = ZSignInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const rateLimitKey = `sign-in:${parsed.data.email}`;
        const attempt = await consumeRateLimit(db, rateLimitKey, SIGN_IN_RATE_LIMIT);
        // next-auth hands a thrown error's message to the client, which translates this code.
        if (!attempt.isAllowed) throw new Error(SIGN_IN_RATE_LIMITED);
        const user = await authenticateStaffUser(db, parsed.data);
        if (!user) return null;
        await resetRateLimit(db, rateLimitKey);
        await recordAuditEvent(db, {
          municipalityId: user.municipalityId,
          actorUserId: user.id,
          action: "auth.sign-in",
          entityType: "user",
          entityId: user.id,
        });
        return { ...user, sessionId: await createStaffSession(db, { userId: user.id }) };
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
