/**
 * The largest request body Ankomst reads, on every route, API routes and server actions alike
 * (scripts/server/server.ts refuses a larger one with 413 before it is read, and next.config.ts gives
 * server actions the same limit). The largest form is the letterhead logo: its file limit
 * (LOGO_MAX_BYTES, 512 KB) with the multipart envelope around it fits well within.
 */
export const MAX_REQUEST_BODY_BYTES = 1024 * 1024;
