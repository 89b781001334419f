import { z } from "zod";
import { isCleanLine } from "@/lib/validation/text";

export const STAFF_ROLES = ["CASEWORKER", "MANAGER", "ADMIN"] as const;
export const ZStaffRole = z.enum(STAFF_ROLES, { error: "roleInvalid" });

/** Error messages are keys of `users.errors`, translated where they are shown. */
export const ZNewStaffUser = z.object({
  name: z.string().trim().min(1, { error: "required" }).max(200, { error: "tooLong" }).refine(isCleanLine, { error: "invalidCharacters" }),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, { error: "tooLong" })
    .pipe(z.email({ error: "emailInvalid" })),
  role: ZStaffRole,
});
export type TNewStaffUser = z.infer<typeof ZNewStaffUser>;

export const ZUserTarget = z.object({ userId: z.uuid() });
export const ZRoleChange = ZUserTarget.extend({ role: ZStaffRole });
