"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

/**
 * What a page shows when it cannot be made (above all: the database is away). The server answers
 * 503 with Retry-After when the database was away, 500 for anything else (lib/net/outage-response.ts);
 * Next.js logs the cause; no internal message reaches the page.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main id="main-content" className="container page-main">
      <h1 ref={heading} tabIndex={-1}>
        {t("unavailableTitle")}
      </h1>
      <p>{t("unavailableText")}</p>
      <button type="button" className="button button-primary" onClick={() => reset()}>
        {t("tryAgain")}
      </button>
    </main>
  );
}
