import { notFound, permanentRedirect } from "next/navigation";
import { isSiteLanguage } from "@/lib/i18n/languages";
import type { TLocale } from "@/lib/i18n/routing";
import { movedPublicWelcomePath } from "@/lib/welcome/public-welcome-path";

type TProps = { params: Promise<{ locale: TLocale; municipality: string; textLanguage?: string[] }> };

/**
 * A municipality's public page before it moved under /kommune/ (issue 26): printed letters, posters
 * and QR codes carry these addresses, so they answer with a permanent redirect (308) to the page's
 * address now, in the welcome text's language when the address named one. The routes of the app
 * itself match before this one; an unknown municipality is a 404 at /kommune/.
 */
export default async function MovedPublicWelcomePage({ params }: TProps) {
  const { locale, municipality, textLanguage = [] } = await params;
  const moved = movedPublicWelcomePath(locale, municipality, textLanguage, isSiteLanguage);
  if (!moved) notFound();
  permanentRedirect(moved);
}
