import { createLogger, createOrchestrator, getDefaultConfig } from "maildev";

export type TMailCatcher = { smtpUrl: string; webUrl: string; stop: () => Promise<void> };

/**
 * MailDev on loopback for `npm start` without SMTP_URL: every e-mail Ankomst sends (reminders,
 * set-password links) arrives there and can be read in the browser; nothing leaves the machine.
 */
export async function startMailCatcher(options: { smtpPort: number; webPort: number }): Promise<TMailCatcher> {
  const config = { ...getDefaultConfig(), smtp: options.smtpPort, web: options.webPort, ip: "127.0.0.1", webIp: "127.0.0.1", silent: true };
  // Silent: MailDev would print every e-mail to the app's console.
  const catcher = createOrchestrator({ config, logger: createLogger({ silent: true }) });
  await catcher.start();
  return {
    smtpUrl: `smtp://127.0.0.1:${options.smtpPort}`,
    webUrl: `http://localhost:${options.webPort}`,
    stop: () => catcher.stop(),
  };
}
