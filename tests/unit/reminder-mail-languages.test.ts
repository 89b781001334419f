import { describe, expect, it } from "vitest";
import { ALL_MESSAGES } from "@/lib/i18n/all-messages";
import { PACKET_LANGUAGES } from "@/lib/i18n/languages";
import { samplePacket } from "@/lib/packet/sample-packet";
import { composeReminderMail } from "@/lib/reminders/reminder-mail";

describe("a reminder e-mail", () => {
  it("marks the names in another script with their language, as the packet's PDF and page do", async () => {
    const packet = samplePacket({
      language: "en",
      person: ["Олена", "Коваленко"],
      nationality: "UA",
      household: { residenceBasis: "REFUGEE", children: [{ id: "d", givenName: "Марія", familyName: "Коваленко", dateOfBirth: "2014-03-11" }] },
    });
    const schoolStep = packet.sections
      .flatMap((section) => section.steps)
      .find((step) => step.key === "school-enrolment" && step.forName === "Марія Коваленко")!;
    const mail = await composeReminderMail({
      packet,
      steps: [schoolStep],
      firstName: "Олена",
      to: "olena@example.org",
      pageUrl: "https://ankomst.example/en/welcome/x",
      oneClickUnsubscribeUrl: "https://ankomst.example/api/welcome/x/reminders",
    });
    expect(mail.html).toContain('<span lang="uk">Олена</span>');
    expect(mail.html).toContain('<span lang="uk">Марія Коваленко</span>');
    // The plain-text part has no spans, and sets headings in capitals.
    expect(mail.text.toLowerCase()).toContain("марія коваленко");
  });

  it.each(PACKET_LANGUAGES)("is written in %s, its direction and its calendar file included", async (language) => {
    const packet = samplePacket({ language, person: ["Dmytro", "Kovalchuk"], nationality: "UA", household: { residenceBasis: "REFUGEE" } });
    const cpr = packet.sections.flatMap((section) => section.steps).find((step) => step.key === "cpr-registration")!;
    const mail = await composeReminderMail({
      packet,
      steps: [cpr],
      firstName: "Dmytro",
      to: "dmytro@example.org",
      pageUrl: `https://ankomst.example/${language}/welcome/x`,
      oneClickUnsubscribeUrl: "https://ankomst.example/api/welcome/x/reminders",
    });
    const words = ALL_MESSAGES[language].reminderMail;
    expect(mail.subject).toBe(words.subjectOne.replace("{firstName}", "Dmytro"));
    expect(mail.html).toContain(`lang="${language}"`);
    expect(mail.html).toContain(`dir="${language === "ar" ? "rtl" : "ltr"}"`);
    expect(mail.html).toContain(words.linkText);
    // The calendar's event is the step as the packet names it in this language (folded lines joined).
    expect(String(mail.attachments?.[0]?.content).replace(/\r\n /g, "")).toContain(`SUMMARY:${cpr.title}`);
  });
});
