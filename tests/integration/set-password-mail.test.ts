import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { municipalitySender } from "@/lib/mail/mail-transport";
import { mailSetPasswordLink } from "@/lib/users/mail-set-password-link";
import { startSmtpTestServer, type TSmtpTestServer } from "../support/smtp-test-server";

let smtp: TSmtpTestServer;
const HOLBAEK = { name: "Holbæk Kommune", slug: "holbaek", letterName: "Holbæk Kommune" };
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
    expect(await mailSetPasswordLink({ to: "ny@holbaek.dk", name: "Nina Ny", municipality: HOLBAEK, link, locale: "da" })).toBe("not-configured");
  });

  it("arrives through real SMTP in the administrator's language, as HTML with a heading and as plain text, the link in both", async () => {
    process.env.SMTP_URL = smtp.url;
    expect(await mailSetPasswordLink({ to: "ny@holbaek.dk", name: "Nina Ny", municipality: HOLBAEK, link, locale: "da" })).toBe("sent");
    const mail = smtp.received.at(-1)!;
    expect(mail.to && "text" in mail.to ? mail.to.text : "").toBe("ny@holbaek.dk");
    // From the municipality, not from "Ankomst <noreply@…>".
    expect(mail.from?.value).toEqual([{ name: "Holbæk Kommune", address: "noreply@localhost" }]);
    expect(mail.subject).toBe("Vælg din adgangskode til Ankomst (Holbæk Kommune)");
    expect(mail.subject).not.toContain("Nina");
    expect(mail.text).toContain(link);
    expect(mail.text).toContain("Kære Nina Ny");
    expect(mail.html).toContain('lang="da"');
    expect(mail.html).toMatch(/<h1[^>]*>Vælg din adgangskode til Ankomst<\/h1>/);
    expect(mail.html).toContain(`href="${link}"`);
  });

  it("comes from the address the operator set for the municipality, and a broken setting is said plainly", async () => {
    process.env.SMTP_URL = smtp.url;
    process.env.MAIL_FROM_ADDRESSES = JSON.stringify({ holbaek: "ankomst@holb.dk", herning: "ankomst@herning.dk" });
    try {
      expect(await mailSetPasswordLink({ to: "ny@holbaek.dk", name: "Nina Ny", municipality: HOLBAEK, link, locale: "da" })).toBe("sent");
      expect(smtp.received.at(-1)!.from?.value).toEqual([{ name: "Holbæk Kommune", address: "ankomst@holb.dk" }]);
      process.env.MAIL_FROM_ADDRESSES = "holbaek=ankomst@holb.dk";
      expect(() => municipalitySender(HOLBAEK)).toThrow(/MAIL_FROM_ADDRESSES is not a JSON object/);
    } finally {
      delete process.env.MAIL_FROM_ADDRESSES;
    }
  });

  it("says it failed when the mail server does not answer, so the administrator hands the link over", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:9";
    expect(await mailSetPasswordLink({ to: "ny@holbaek.dk", name: "Nina Ny", municipality: HOLBAEK, link, locale: "en" })).toBe("failed");
  });
});
