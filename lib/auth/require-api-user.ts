import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";
import type { TSessionUser } from "./acting-user";
import { getCurrentUser } from "./require-user";

/** For route handlers: the user, or the response to send instead (401 not signed in, 403 wrong role). */
export async function requireApiUser(role: Role): Promise<{ user: TSessionUser; response?: never } | { user?: never; response: Response }> {
  const user = await getCurrentUser();
  if (!user) return { response: new Response("Sign in first.", { status: 401 }) };
  if (user.role !== role) return { response: new Response("Not allowed for your role.", { status: 403 }) };
  return { user };
}
