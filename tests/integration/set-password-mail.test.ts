import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailSetPasswordLink } from "@/lib/users/mail-set-password-link";
import { startSmtpTestServer, type TSmtpTestServer } from "../support/smtp-test-server";

let smtp: TSmtpTestServer;
const link = "http://127.0.0.1:3000/da/set-password/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

beforeAll(async () => {
  smtp = await startSmtpTestServer();
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.stop();
});

describe("the set-password link by e-mail", () => {
  it("is not sent when no mail server is configured", async () => {
    delete process.env.SMTP_URL;
    expect(await mailSetPasswordLink({ to: "ny@holbaek.dk", name: "Nina Ny", municipality: "Holbæk Kommune", link, locale: "da" })).toBe("not-configured");
  });

  it("arrives through real SMTP in the administrator's language, as HTML with a heading and as plain text, the link in both", async () => {
    process.env.SMTP_URL = smtp.url;
    expect(await mailSetPasswordLink({ to: "ny@holbaek.dk", name: "Nina Ny", municipality: "Holbæk Kommune", link, locale: "da" })).toBe("sent");
    const mail = smtp.received.at(-1)!;
    expect(mail.to && "text" in mail.to ? mail.to.text : "").toBe("ny@holbaek.dk");
    expect(mail.subject).toBe("Vælg din adgangskode til Ankomst (Holbæk Kommune)");
    expect(mail.subject).not.toContain("Nina");
    expect(mail.text).toContain(link);
    expect(mail.text).toContain("Kære Nina Ny");
    expect(mail.html).toContain('lang="da"');
    expect(mail.html).toMatch(/<h1[^>]*>Vælg din adgangskode til Ankomst<\/h1>/);
    expect(mail.html).toContain(`href="${link}"`);
  });

  it("says it failed when the mail server does not answer, so the administrator hands the link over", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:9";
    expect(await mailSetPasswordLink({ to: "ny@holbaek.dk", name: "Nina Ny", municipality: "Holbæk Kommune", link, locale: "en" })).toBe("failed");
  });
});
