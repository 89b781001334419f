"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { DATABASE_OUTAGE_DIGEST } from "@/lib/net/outage-digest";

/**
 * What a page shows when it cannot be made. The database away or too slow (the error's digest says
 * so: lib/net/database-outage.ts): "temporarily unavailable", answered 503 with Retry-After. Anything
 * else is a bug: a plain "something went wrong", answered 500 and logged with its cause. No internal
 * message reaches the page.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  const isOutage = error.digest === DATABASE_OUTAGE_DIGEST;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main id="main-content" className="container page-main">
      <h1 ref={heading} tabIndex={-1}>
        {isOutage ? t("unavailableTitle") : t("error")}
      </h1>
      <p>{isOutage ? t("unavailableText") : t("unexpectedError")}</p>
      <button type="button" className="button button-primary" onClick={() => reset()}>
        {t("tryAgain")}
      </button>
    </main>
  );
}
