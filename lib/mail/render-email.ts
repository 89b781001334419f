import { render } from "@react-email/components";
import type { ReactElement } from "react";

/** An e-mail component as its HTML and its plain-text twin: every e-mail Ankomst sends has both. */
export async function renderEmail(email: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(email), render(email, { plainText: true })]);
  return { html, text };
}
