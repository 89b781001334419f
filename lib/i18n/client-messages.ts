import { getMessages } from "next-intl/server";

type TMessages = Awaited<ReturnType<typeof getMessages>>;

/**
 * Only the namespaces client components use are sent to the browser: every message otherwise
 * travels with every page, including the newcomer's page that should stay light on a phone.
 */
export async function clientMessages<K extends keyof TMessages>(namespaces: readonly K[]): Promise<Pick<TMessages, K>> {
  const messages = await getMessages();
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]])) as Pick<TMessages, K>;
}
