import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { clientMessages } from "@/lib/i18n/client-messages";

type TNamespace = Parameters<typeof clientMessages>[0][number];

/**
 * Sends the messages a client component needs, around just that component: every message sent
 * travels in the page's payload on every view, so layouts send only "common".
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly TNamespace[]; children: ReactNode }) {
  return <NextIntlClientProvider messages={await clientMessages(["common", ...namespaces])}>{children}</NextIntlClientProvider>;
}
