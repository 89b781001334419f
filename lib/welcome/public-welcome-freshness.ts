import { updateTag } from "next/cache";

/**
 * The public welcome pages are rendered into Next's cache under this tag. A save that changes what
 * they show (a municipality's name, contact, offices) expires it on the instance that saved, at
 * once; every other instance renders its copy again after the lifetime below, so an edit shows
 * everywhere within a few seconds (docs/decisions/005).
 */
export const PUBLIC_WELCOME_TAG = "public-welcome";
export const PUBLIC_WELCOME_LIFETIME_SECONDS = 3;

/** For the server actions that change what the public pages show. */
export function expirePublicWelcomePages(): void {
  updateTag(PUBLIC_WELCOME_TAG);
}
