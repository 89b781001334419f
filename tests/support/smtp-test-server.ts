import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type TSmtpTestServer = { url: string; received: ParsedMail[]; stop: () => Promise<void> };

/** A real SMTP server on loopback (nodemailer's `smtp-server`) that keeps every message it receives, parsed by `mailparser`. */
export async function startSmtpTestServer(options: { refuses?: (address: string) => boolean } = {}): Promise<TSmtpTestServer> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    // An address the test says does not exist is refused for good, as a real server refuses an unknown mailbox.
    onRcptTo(address, _session, done) {
      if (options.refuses?.(address.address)) return done(Object.assign(new Error("5.1.1 No such mailbox"), { responseCode: 550 }));
      done();
    },
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          done();
        })
        .catch(done);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
