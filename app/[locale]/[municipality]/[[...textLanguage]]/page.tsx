import { permanentRedirect } from "next/navigation";
import type { TLocale } from "@/lib/i18n/routing";
import { publicWelcomePath } from "@/lib/welcome/public-welcome-path";

type TProps = { params: Promise<{ locale: TLocale; municipality: string; textLanguage?: string[] }> };

/**
 * A municipality's public page before it moved under /kommune/ (issue 26): printed letters, posters
 * and QR codes carry these addresses, so they answer with a permanent redirect (308) to the page's
 * address now. The routes of the app itself match before this one; whatever else is asked for here
 * goes to /kommune/, where an unknown municipality is a 404.
 */
export default async function MovedPublicWelcomePage({ params }: TProps) {
  const { locale, municipality, textLanguage = [] } = await params;
  permanentRedirect(publicWelcomePath(locale, municipality, ...textLanguage));
}
