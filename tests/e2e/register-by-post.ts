import type { Page } from "@playwright/test";
import { formFieldsOf } from "../../scripts/load/html-forms";
import { VALID_ARRIVAL_FIELDS } from "../support/hostile-strings";

/**
 * Registers an arrival as the signed-in caseworker by posting the form as a browser without
 * JavaScript does (its fields as shown, plus these), without opening it; returns the new arrival's page.
 */
export async function registerByPost(page: Page, fields: Record<string, string>): Promise<string> {
  const origin = new URL(page.url()).origin;
  const form = formFieldsOf(await (await page.request.get("/en/arrivals/new")).text(), "form.arrival-form");
  const saved = await page.request.post("/en/arrivals/new", {
    multipart: { ...form, ...VALID_ARRIVAL_FIELDS, ...fields },
    headers: { Origin: origin },
    maxRedirects: 0,
  });
  const location = saved.headers().location;
  if (saved.status() !== 303 || !location) throw new Error(`The registration was not saved (${saved.status()})`);
  return new URL(location, origin).pathname;
}
