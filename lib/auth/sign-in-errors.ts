/** The error code sign-in reports when an address has had too many failed attempts (shared with the client form). */
export const SIGN_IN_RATE_LIMITED = "RateLimited";

/** The error code sign-in reports when it cannot be checked now (the database is away): "try again in a moment". */
export const SIGN_IN_UNAVAILABLE = "Unavailable";

/** The error code for someone their identity provider signed in but who is no active user of that municipality in Ankomst. */
export const SIGN_IN_UNKNOWN_IDENTITY = "UnknownIdentity";
