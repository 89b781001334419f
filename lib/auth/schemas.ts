import { z } from "zod";

// Anything else (a NUL, an address of 10,000 characters) is simply a failed sign-in, never a database error.
export const ZSignInSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(200),
});

export type TSignIn = z.infer<typeof ZSignInSchema>;
