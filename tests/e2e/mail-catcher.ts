/** The e2e server's mail catcher (MailDev, started by scripts/start.ts), on ports beside the app's. */
const appPort = Number(process.env.E2E_PORT ?? 3100);
export const E2E_MAIL_CATCHER = { smtp: appPort + 25, web: appPort + 80 };

export type TCaughtMail = {
  id: string;
  subject: string;
  to: { address: string }[];
  text?: string;
  html?: string;
  /** The message's header lines as sent, unfolded, by lower-cased name (from its raw source). */
  headerLines: Record<string, string>;
  attachments?: { fileName?: string; generatedFileName?: string; contentType: string }[];
};

const api = (path: string) => `http://127.0.0.1:${E2E_MAIL_CATCHER.web}/api${path}`;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The mail catcher answered ${response.status} for ${url}`);
  return (await response.json()) as T;
}

/** The e-mails the catcher holds for an address, whole, through MailDev's REST API. */
export async function mailsTo(address: string): Promise<TCaughtMail[]> {
  const listed = await fetchJson<TCaughtMail[]>(api("/email"));
  const ids = listed.filter((mail) => mail.to.some((to) => to.address === address)).map((mail) => mail.id);
  return Promise.all(
    ids.map(async (id) => {
      const mail = await fetchJson<Omit<TCaughtMail, "headerLines">>(api(`/email/${id}`));
      const source = await (await fetch(api(`/email/${id}/source`))).text();
      const head = source.slice(0, source.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, " ");
      const headerLines = Object.fromEntries(
        head.split(/\r?\n/).flatMap((line) => {
          const colon = line.indexOf(":");
          return colon > 0 ? [[line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()]] : [];
        }),
      );
      return { ...mail, headerLines };
    }),
  );
}
