import { getCurrentUser } from "@/lib/auth/require-user";
import { ROLE_HOME } from "@/lib/auth/role-home";
import { redirect } from "@/lib/i18n/navigation";
import type { TLocale } from "@/lib/i18n/routing";

export default async function LocaleHomePage({ params }: { params: Promise<{ locale: TLocale }> }) {
  const { locale } = await params;
  const user = await getCurrentUser();
  redirect({ href: user ? ROLE_HOME[user.role] : "/sign-in", locale });
}
