import type { PrismaClient } from "@/lib/db-client";
import type { TAuthenticatedUser } from "./acting-user";
import { hashPassword, verifyPassword } from "./password";
import type { TSignIn } from "./schemas";

let dummyHash: Promise<string> | undefined;

/**
 * Returns the user for a correct e-mail and password, else null.
 * Note: an unknown e-mail still costs one password verification, so response time does not tell
 * whether an account exists.
 */
export async function authenticateStaffUser(db: PrismaClient, input: TSignIn): Promise<TAuthenticatedUser | null> {
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      municipalityId: true,
      passwordHash: true,
      disabledAt: true,
      municipality: { select: { passwordSignIn: true } },
    },
  });
  // No password yet (a new user before their set-password link), or a municipality that signs its
  // staff in only through its identity provider: refused like an unknown e-mail.
  if (!user || user.disabledAt || !user.passwordHash || !user.municipality.passwordSignIn) {
    dummyHash ??= hashPassword("ankomst-timing-equaliser");
    await verifyPassword(await dummyHash, input.password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, municipalityId: user.municipalityId };
}
