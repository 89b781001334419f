import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { DkfdsIcon } from "./DkfdsIcon";

/** DKFDS's back link: a chevron before the words, above the page's heading. */
export function BackLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  return (
    <Link href={href} className={`back-link${className ? ` ${className}` : ""}`}>
      <DkfdsIcon name="chevron-left" />
      {children}
    </Link>
  );
}
