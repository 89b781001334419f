import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  /** As password sign-in returns it; a sign-in through an identity provider gets these in the jwt callback. */
  interface User {
    role?: Role;
    municipalityId?: string;
    /** The StaffSession this sign-in opened. */
    sessionId?: string;
  }
  interface Session {
    user: DefaultSession["user"] & { id: string; role: Role; municipalityId: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    municipalityId?: string;
    /** The StaffSession the cookie belongs to; checked on every request. */
    sid?: string;
  }
}
