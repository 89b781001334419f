import { describe, expect, it } from "vitest";
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
});
