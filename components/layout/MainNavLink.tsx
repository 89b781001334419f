"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";

export function MainNavLink({ href, label, siblings }: { href: string; label: string; siblings: readonly string[] }) {
  const pathname = usePathname();
  const isCurrent = pathname === href;
  // The most specific menu item wins: /admin/catalogue marks "catalogue", not "admin".
  const isInside = (candidate: string) => pathname === candidate || pathname.startsWith(`${candidate}/`);
  const bestMatch = siblings.filter(isInside).sort((a, b) => b.length - a.length)[0];
  const isActive = bestMatch === href;
  return (
    <li className={isActive ? `active${isCurrent ? " current" : ""}` : undefined}>
      <Link href={href} className="nav-link" aria-current={isCurrent ? "page" : isActive ? "true" : undefined}>
        <span>{label}</span>
      </Link>
    </li>
  );
}
