/** The error code sign-in reports when an address has had too many failed attempts (shared with the client form). */
export const SIGN_IN_RATE_LIMITED = "RateLimited";
